/**
 * npm run new:briefing -- <slug> [--locales ar,en] [--topics a,b]
 * Writes content/briefings/<locale>/<slug>.mdx from the template; never overwrites.
 */
import { runNewBriefing } from '../lib/content/editors/cli';
import { printAndExit } from './print';
import { exitOnHelp } from './support/help';

exitOnHelp(import.meta.url);

printAndExit(runNewBriefing(process.argv.slice(2), { cwd: process.cwd() }));
