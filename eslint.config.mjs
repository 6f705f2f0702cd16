import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/**
 * Next's own flat config (eslint-config-next, pinned to Next's version):
 * core web vitals and its TypeScript rules. `npm run lint` runs it, and
 * `npm test` runs `lint` (Next 16 has no `next lint`). What is switched off
 * is switched off for a reason of this site's, said beside it.
 */
const config = [
  {
    ignores: ['node_modules/**', '.next/**', '.contentlayer/**', '.e2e/**', '.bench/**', '.search/**', '.tmp/**', 'test-results/**', 'coverage/**', 'out/**', 'tools/node22/**', 'next-env.d.ts'],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // Pages ship no JavaScript (README, "Standards"): every link is a plain
      // <a>, since next/link is the client router, and every image a plain
      // <img>, since next/image needs its optimizer and client code. Both
      // rules recommend exactly what the site must not ship.
      '@next/next/no-html-link-for-pages': 'off',
      '@next/next/no-img-element': 'off',
      // The tree's convention for a value left out on purpose (`{ body: _body, ...rest }`).
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Tests read parsed JSON (JSON-LD, feeds, manifests) whose shape is what they check.
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
];

export default config;
