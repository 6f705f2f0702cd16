import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The lanes (README, "Tests"): each project is one `npm run` script.
 * - unit: pure and in-process tests beside the code; no build, no server.
 * - e2e: ONE build of the fixture site (tests/e2e/global-setup.ts), served,
 *   and the tests that drive Chromium beside the code (`*.browser.test.ts`).
 * - build: tests that build copies of their own (broken content, a
 *   synthetic corpus, scheduled publishing) or run
 *   a corpus (`*.build.test.ts` beside the code: the parallel check, the
 *   variants contentlayer2 reads).
 * - smoke: the real content/, built and served.
 * - dev: `npm run dev` in a copy.
 * `npm test` runs unit, then e2e and build side by side (package.json's
 * test:lanes). Not in it: bench (load) and screenshots, which measure or
 * take pictures rather than assert.
 */
const BUILT_ELSEWHERE = ['tests/e2e/**', 'tests/dev/**', 'tests/smoke/**', 'tests/build/**', 'tests/bench/**', 'tests/screenshots/**', '**/*.build.test.ts', '**/*.browser.test.ts'];
const OUTPUT = ['node_modules/**', '.tmp/**', '.next/**', '.contentlayer/**', 'test-results/**', '.e2e/**', '.bench/**'];

export default defineConfig({
  resolve: {
    alias: {
      '@/': root,
      'contentlayer/generated': `${root}.contentlayer/generated/index.mjs`,
    },
  },
  test: {
    // next-intl imports `next/server` without an extension, which Node's ESM
    // resolver rejects; inlining lets Vite resolve it.
    server: { deps: { inline: ['next-intl'] } },
    reporters: ['default', './tests/support/summary-reporter.ts'],
    exclude: OUTPUT,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['**/*.test.{ts,tsx}'],
          exclude: [...OUTPUT, ...BUILT_ELSEWHERE],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts', '**/*.browser.test.ts'],
          exclude: OUTPUT,
          globalSetup: ['tests/e2e/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One server, one browser: run the files one after another.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', '**/*.build.test.ts'],
          exclude: OUTPUT,
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // Each file builds a copy of the site: two at once only fight for the cores.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // The one check of the real content/: it builds and serves
          // (tests/smoke/real-content.test.ts). Every other end-to-end test
          // runs on the fixture site.
          name: 'smoke',
          include: ['tests/smoke/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          // `npm run dev`, the editors' preview, in a copy of the project: its
          // own server, so not behind the e2e project's production build.
          name: 'dev',
          include: ['tests/dev/**/*.test.ts'],
          environment: 'node',
          // The first visit of each page compiles it (20–40 s for eight pages
          // alone, more beside the e2e build in `npm test`).
          testTimeout: 240_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          // `npm run bench:load`: wrk against the fixture site's build.
          name: 'bench',
          include: ['tests/bench/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // `npm run screenshots`: every template, into test-results/screenshots/.
          name: 'screenshots',
          include: ['tests/screenshots/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
