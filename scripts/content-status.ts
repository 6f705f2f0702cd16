/**
 * npm run content:status [-- --format json]
 * Every slug, its state in each language, and which translation is older.
 */
import { runContentStatus } from '../lib/content/editors/cli';
import { printAndExit } from './print';
import { exitOnHelp } from './support/help';

exitOnHelp(import.meta.url);

printAndExit(runContentStatus(process.argv.slice(2), { cwd: process.cwd() }));
