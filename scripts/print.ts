import type { CliResult } from '../lib/content/editors/cli';

/** Prints a command's result and exits with its code, once both streams are flushed. */
export function printAndExit({ stdout, stderr, code }: CliResult): void {
  if (stdout) process.stdout.write(`${stdout}\n`);
  if (stderr) process.stderr.write(`${stderr}\n`);
  process.exitCode = code;
}
