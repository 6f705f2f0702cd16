/**
 * npm run new:briefing -- <slug> [--locales ar,en] [--topics a,b]
 * Writes content/briefings/<locale>/<slug>.mdx from the template; never overwrites.
 */
import { runNewBriefing } from '../lib/content/editors/cli';
import { printAndExit } from './print';

printAndExit(runNewBriefing(process.argv.slice(2), { cwd: process.cwd() }));
