import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS as FLAGS, CHROMIUM_PATH } from '../support/chromium';

/**
 * Lighthouse 12.2.3 (pinned: 13 needs Node 22, and a lock made with 12.3+
 * breaks `npm ci`, as measured in the stack notes), its default mobile run
 * (Moto G Power emulation, simulated slow 4G and 4× CPU slowdown), in
 * Debian's chromium started by chrome-launcher with the flags that keep it
 * from hanging here. One chromium per run, so no cache carries over.
 */

export { CHROMIUM_PATH };
/** Lighthouse launches chromium itself: headless, with the flags of every launch here. */
export const CHROMIUM_FLAGS = ['--headless=new', ...FLAGS];

export type LighthouseScores = {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits that lost points in a category other than performance, to say why a score is not 100. */
  failing: string[];
};

type Lhr = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { numericValue?: number; score: number | null; title: string }>;
  runtimeError?: { message: string };
};

/** Pure: the figures we track, from a Lighthouse result (lhr). */
export function scoresOf(url: string, lhr: Lhr): LighthouseScores {
  if (lhr.runtimeError) throw new Error(`lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
  const failing = ['accessibility', 'best-practices', 'seo'].flatMap((cat) =>
    (lhr.categories[cat]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${cat}: ${ref.id}`),
  );
  return {
    url,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    failing,
  };
}

/**
 * Whether a run meets the bar: 100 in every category. One exception, for a
 * page that keeps itself out of the index on purpose (search, rendered per
 * query: an endless space of thin pages; the newsletter form): Lighthouse's
 * `is-crawlable` audit fails on any `noindex`, and its documentation says
 * to ignore that audit for pages not meant to be indexed
 * (https://developer.chrome.com/docs/lighthouse/seo/is-crawlable). Such a
 * page must lose no other point, in SEO or anywhere.
 */
export function meetsBar(s: LighthouseScores, noindexByDesign: boolean): boolean {
  if (s.performance !== 100 || s.accessibility !== 100 || s.bestPractices !== 100) return false;
  if (s.seo === 100) return true;
  return noindexByDesign && s.failing.length === 1 && s.failing[0] === 'seo: is-crawlable';
}

/**
 * Lighthouse's own "please run Lighthouse again" failures (a trace it could
 * not record: NO_NAVSTART, NO_FCP…), seen now and then on this machine;
 * they are retried, so that a benchmark run does not stop on one.
 */
const RUN_AGAIN = /NO_NAVSTART|NO_FCP|NO_LCP|run Lighthouse again/;

/** `scheme`: the colour scheme the page is drawn in (`prefers-color-scheme`). */
export async function runLighthouse(url: string, attempts = 3, scheme: 'light' | 'dark' = 'light'): Promise<LighthouseScores> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(url, scheme);
    } catch (error) {
      if (attempt >= attempts || !RUN_AGAIN.test(String(error))) throw error;
    }
  }
}

async function runOnce(url: string, scheme: 'light' | 'dark'): Promise<LighthouseScores> {
  // --force-dark-mode makes Chromium report prefers-color-scheme: dark.
  const flags = scheme === 'dark' ? [...CHROMIUM_FLAGS, '--force-dark-mode'] : CHROMIUM_FLAGS;
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: flags, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
    return scoresOf(url, result.lhr as unknown as Lhr);
  } finally {
    chrome.kill();
  }
}
