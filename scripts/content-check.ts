/**
 * npm run content:check [-- --format text|json|github] [--quiet-ok]
 * Checks every file under content/ with the rules in lib/content; see EDITORS.md.
 */
import { runContentCheckOnAllCores } from '../lib/content/editors/cli';
import { printAndExit } from './print';
import { exitOnHelp } from './support/help';

exitOnHelp(import.meta.url);

printAndExit(await runContentCheckOnAllCores(process.argv.slice(2), { cwd: process.cwd() }));
