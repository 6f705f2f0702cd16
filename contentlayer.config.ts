import { makeSource } from 'contentlayer2/source-files';
import { siteTimeZone } from './i18n/locales';
import { failInOneLine, runBuildChecks } from './lib/content/check/build-check';
import { Briefing, SitePage } from './lib/content/document-types';
import { checkGenerated, writeBriefingIndex, writeDeclaredLists } from './lib/content/briefing-list';
import { readBriefings } from './lib/content/build-files';
import { rehypePlugins } from './lib/content/mdx-options';
import { stageWhole } from './lib/content/stage';

// The document types are derived from lib/content/schema.ts, in
// lib/content/document-types.ts; re-exported for contentlayer's generated types.
export { Briefing, SitePage };

export default makeSource({
  // contentlayer reads a staged copy of content/ holding the bytes our
  // reader reads (lib/content/stage.ts says why). `npm run build` stages the
  // newest briefings in .contentlayer/window and points this there
  // (lib/content/compile-window.ts says why); everything else (`npm run dev`,
  // `npm test`, `contentlayer2 build`) stages content/ whole here.
  contentDirPath: process.env.MAWJAZ_CONTENT_DIR ?? stageWhole(process.cwd()),
  // content/topics.yaml and authors.yaml are not among them: they have one
  // reader, ours (lib/content/briefing-list.ts writeDeclaredLists).
  documentTypes: [Briefing, SitePage],
  // contentlayer2 skips an invalid document with a warning and exits 0 by
  // default, so a briefing would vanish from the site. These make it fail.
  onMissingOrIncompatibleData: 'fail',
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
  mdx: { rehypePlugins },
  // What strict mode still lets through (a source without url, 2026-02-30
  // rolling over to March, …) is caught by our own rules, the same ones
  // `npm run content:check` runs. Throwing here fails the build. Some
  // mistakes (an MDX syntax error) stop contentlayer before this hook, with
  // its own message: that is why `npm run build` runs the same check first
  // (`tsx scripts/content-build.ts`), so the build always prints
  // our line-numbered messages, and then skips this hook. Where contentlayer
  // runs alone (`contentlayer2 build`, tests) the hook is the gate; under
  // `npm run dev` it only reports.
  disableImportAliasWarning: true,
  // After the check: the metadata index the pages read (lib/content/build-files.ts),
  // compared with every document contentlayer compiled.
  onSuccess: async () => {
    const root = process.cwd();
    failInOneLine(() => {
      runBuildChecks(root, siteTimeZone);
      // `npm run build` wrote the index of every briefing in its content
      // step (scripts/content-build.ts, the check that also sets
      // MAWJAZ_CONTENT_CHECKED); elsewhere (`npm run dev`, `npm test`)
      // it is written here, from content/ whole.
      const indexed = process.env.MAWJAZ_CONTENT_CHECKED === '1';
      const index = indexed ? readBriefings(root) : writeBriefingIndex(root);
      if (!indexed) writeDeclaredLists(root);
      checkGenerated(root, index);
    });
  },
});
