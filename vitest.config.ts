import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

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
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['**/*.test.{ts,tsx}'],
          exclude: ['node_modules/**', '.tmp/**', 'tests/e2e/**', 'tests/dev/**', 'tests/smoke/**', '.next/**', '.contentlayer/**', 'test-results/**', '.e2e/**', '.bench/**'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
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
    ],
  },
});
