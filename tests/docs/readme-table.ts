import { readFileSync } from 'node:fs';

/** One row of README's commands table: the command as written, and the npm script it runs (null for `npx …`). */
export type CommandRow = { command: string; script: string | null };

/**
 * The rows of the table under README's "## Commands": the first cell's
 * code, and the npm script it names (`npm start`, `npm test`, `npm run x`).
 */
export function readmeCommands(readme: string): CommandRow[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Commands\n')) ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const command = /^\| `([^`]+)`/.exec(line)![1]!;
      const npm = /^npm (?:run )?([a-z0-9:-]+)/.exec(command);
      return { command, script: npm ? npm[1]! : null };
    });
}

export const readReadme = (): string => readFileSync('README.md', 'utf8');
export const readScripts = (): Record<string, string> => (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
