import { describe, expect, it } from 'vitest';
import { meetsBar, scoresOf, type LighthouseScores } from './lighthouse';

const lhr = (over: { a11yScore?: number; altScore?: number | null } = {}) => ({
  categories: {
    performance: { score: 0.955, auditRefs: [{ id: 'largest-contentful-paint', weight: 25 }] },
    accessibility: {
      score: over.a11yScore ?? 1,
      auditRefs: [
        { id: 'image-alt', weight: 10 },
        { id: 'color-contrast', weight: 0 },
      ],
    },
    'best-practices': { score: 1, auditRefs: [] },
    seo: { score: 1, auditRefs: [] },
  },
  audits: {
    'largest-contentful-paint': { numericValue: 2644.2, score: 0.8, title: 'LCP' },
    'total-blocking-time': { numericValue: 144, score: 0.9, title: 'TBT' },
    'cumulative-layout-shift': { numericValue: 0, score: 1, title: 'CLS' },
    'image-alt': { score: over.altScore === undefined ? 1 : over.altScore, title: 'alt' },
    'color-contrast': { score: 0, title: 'contrast' },
  },
});

describe('scoresOf', () => {
  it('reads the four scores as percentages and the three metrics', () => {
    expect(scoresOf('u', lhr())).toEqual({ url: 'u', performance: 96, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 2644.2, tbtMs: 144, cls: 0, failing: [] });
  });

  it('names the weighted audits that cost points outside performance', () => {
    expect(scoresOf('u', lhr({ a11yScore: 0.9, altScore: 0 })).failing).toEqual(['accessibility: image-alt']);
  });

  it('throws on a runtime error instead of reporting zeros', () => {
    expect(() => scoresOf('u', { ...lhr(), runtimeError: { message: 'NO_FCP' } })).toThrow(/NO_FCP/);
  });
});

describe('meetsBar', () => {
  const perfect: LighthouseScores = { url: 'u', performance: 100, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 900, tbtMs: 0, cls: 0, failing: [] };
  const noindexed = { ...perfect, seo: 63, failing: ['seo: is-crawlable'] };

  it('asks for 100 in every category', () => {
    expect(meetsBar(perfect, false)).toBe(true);
    expect(meetsBar({ ...perfect, performance: 99 }, false)).toBe(false);
    expect(meetsBar({ ...perfect, accessibility: 98, failing: ['accessibility: image-alt'] }, true)).toBe(false);
  });

  it('lets a page kept out of the index on purpose miss is-crawlable, and nothing else', () => {
    expect(meetsBar(noindexed, true)).toBe(true);
    expect(meetsBar(noindexed, false)).toBe(false);
    expect(meetsBar({ ...noindexed, seo: 55, failing: ['seo: is-crawlable', 'seo: meta-description'] }, true)).toBe(false);
    expect(meetsBar({ ...noindexed, bestPractices: 96 }, true)).toBe(false);
  });
});
