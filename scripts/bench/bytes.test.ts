import { describe, expect, it } from 'vitest';
import { classifyChunk, kindOf, sumBytes, type ChunkOwners } from './bytes';

// Shaped like a Turbopack build of this site: four bootstrap chunks, a layout
// chunk holding only Next's own client components, and (hypothetically) a
// chunk with a client component of ours and one with next-intl's provider.
const owners: ChunkOwners = {
  bootstrap: new Set(['static/chunks/0m3m.js', 'static/chunks/39_j.js', 'static/chunks/turbopack-077h.js', 'static/chunks/0cz1.js']),
  modules: new Map([
    ['static/chunks/3qfy.js', new Set(['node_modules/next/dist/esm/client/components/layout-router.js', 'node_modules/next/dist/client/components/builtin/global-error.js'])],
    ['static/chunks/aaaa.js', new Set(['node_modules/next/dist/esm/client/components/layout-router.js', 'components/SearchBox.tsx'])],
    ['static/chunks/bbbb.js', new Set(['node_modules/next-intl/dist/esm/production/shared/NextIntlClientProvider.js'])],
  ]),
};

describe('classifyChunk', () => {
  it.each([
    ['/_next/static/chunks/0m3m.js', 'js-framework', 'a bootstrap chunk (React, the router)'],
    ['static/chunks/turbopack-077h.js', 'js-framework', 'the Turbopack runtime'],
    ['/_next/static/chunks/3qfy.js?dpl=x', 'js-framework', "a chunk of Next's own client components only"],
    ['/_next/static/chunks/aaaa.js', 'js-ours', 'a chunk with one client component of ours'],
    ['/_next/static/chunks/bbbb.js', 'js-ours', 'a chunk of another package (next-intl is not the framework)'],
    ['/_next/static/chunks/zzzz.js', 'js-ours', 'a chunk no manifest explains'],
  ] as const)('%s is %s: %s', (path, expected, _why) => {
    expect(classifyChunk(path, owners)).toBe(expected);
  });
});

describe('kindOf and sumBytes', () => {
  const base = 'http://127.0.0.1:3000';
  const resources = [
    { url: `${base}/ar/briefings/x`, type: 'document', mime: 'text/html', status: 200, bytes: 14_000 },
    { url: `${base}/_next/static/chunks/19oz.css`, type: 'stylesheet', mime: 'text/css', status: 200, bytes: 2_500 },
    { url: `${base}/_next/static/chunks/0m3m.js`, type: 'script', mime: 'application/javascript', status: 200, bytes: 58_000 },
    { url: `${base}/_next/static/chunks/aaaa.js`, type: 'script', mime: 'application/javascript', status: 200, bytes: 4_000 },
    { url: `${base}/_next/static/media/naskh.woff2`, type: 'font', mime: 'font/woff2', status: 200, bytes: 94_000 },
    { url: `${base}/icon.png`, type: 'image', mime: 'image/png', status: 200, bytes: 1_200 },
    { url: `${base}/ar/x.rsc`, type: 'fetch', mime: 'text/x-component', status: 200, bytes: 300 },
  ];

  it('puts each response in its kind and sums them', () => {
    const result = sumBytes(`${base}/ar/briefings/x`, resources, owners);
    expect(result.byKind).toEqual({ html: 14_000, css: 2_500, 'js-framework': 58_000, 'js-ours': 4_000, font: 94_000, image: 1_200, other: 300 });
    expect(result.total).toBe(174_000);
  });

  it('recognises a font by its type even when Chromium calls it "other"', () => {
    expect(kindOf({ url: `${base}/f.woff2`, type: 'other', mime: 'font/woff2' }, owners)).toBe('font');
  });
});
