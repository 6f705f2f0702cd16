/**
 * npm run translations:stale -- --base origin/main [--format text|markdown]
 * The translations the commits since the base leave behind (EDITORS.md §7);
 * .github/workflows/translations.yml posts the markdown on the pull request.
 */
import { runStaleTranslations } from '../lib/content/editors/cli';
import { printAndExit } from './print';
import { exitOnHelp } from './support/help';

exitOnHelp(import.meta.url);

printAndExit(runStaleTranslations(process.argv.slice(2), { cwd: process.cwd() }));
