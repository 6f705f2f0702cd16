/**
 * npm run content:status [-- --format json]
 * Every slug, its state in each language, and which translation is older.
 */
import { runContentStatus } from '../lib/content/editors/cli';
import { printAndExit } from './print';

printAndExit(runContentStatus(process.argv.slice(2), { cwd: process.cwd() }));
