/**
 * npm run content:status [-- --format json]
 * Every slug, its state in each language, and which translation is older.
 */
import { runContentStatus } from '../lib/content/cli';
import { printAndExit } from './print';

printAndExit(runContentStatus(process.argv.slice(2), { cwd: process.cwd() }));
