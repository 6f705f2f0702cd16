import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * `--help` (or `-h`) for a script of `npm run`: prints the script's own
 * opening doc comment, which says how it is called, and exits 0 before the
 * script does anything. Called first thing by every command README's table
 * lists with `--help` (tests/docs/readme-commands.build.test.ts runs them).
 */
export function exitOnHelp(scriptUrl: string, argv: readonly string[] = process.argv.slice(2)): void {
  if (!argv.includes('--help') && !argv.includes('-h')) return;
  process.stdout.write(`${helpText(readFileSync(fileURLToPath(scriptUrl), 'utf8'))}\n`);
  process.exit(0);
}

/** The text of a file's first doc comment, without its `*` margin; '' when it has none. */
export function helpText(source: string): string {
  const doc = /\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? '';
  return doc
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim();
}
