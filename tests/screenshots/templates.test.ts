import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { locales } from '../../i18n/locales';
import { launchChromium } from '../../scripts/support/chromium';
import { DIGEST_DAY, LEAD, LIVE, TOPIC } from '../support/fixture-site';
import { openSettled } from '../support/open-page';

/**
 * `npm run screenshots`: a picture of every template of the fixture site
 * (home, briefing, topics, topic, 404, a live briefing, a Daily Brief
 * edition, the newsletter form) at 390 and 1280 px, in both
 * languages, light and dark, into test-results/screenshots/ (git-ignored);
 * README's pictures are copied from there by hand when the design changes.
 * Not a test (it asserts nothing but that each page opens), so not in
 * `npm test`; tests/e2e/reader.test.ts checks the same templates.
 */
const baseURL = inject('baseURL');
const SHOTS = 'test-results/screenshots';

const templates = [
  ['home', (l: string) => `/${l}`],
  ['briefing', (l: string) => `/${l}/briefings/${LEAD.slug}`],
  ['topics', (l: string) => `/${l}/topics`],
  ['topic', (l: string) => `/${l}/topics/${TOPIC}`],
  ['404', (l: string) => `/${l}/briefings/no-such-briefing`],
  ['live', (l: string) => `/${l}/briefings/${LIVE.slug}`],
  ['edition', (l: string) => `/${l}/digest/${DIGEST_DAY.day}`],
  ['newsletter', (l: string) => `/${l}/newsletter`],
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('screenshots of every template', () => {
  it.each(templates.flatMap(([name, path]) => locales.flatMap((l) => [390, 1280].flatMap((w) => (['light', 'dark'] as const).map((scheme) => [name, l, w, scheme, path(l)] as const)))))(
    '%s %s %i px %s',
    async (name, locale, width, scheme, path) => {
      const context = await browser.newContext({ viewport: { width, height: width < 700 ? 844 : 900 }, colorScheme: scheme });
      const page = await context.newPage();
      await openSettled(page, `${baseURL}${path}`);
      // A briefing on a phone, whole; the rest as the first screen.
      const fullPage = (name === 'briefing' || name === 'live') && width === 390;
      await page.screenshot({ path: `${SHOTS}/${name}-${locale}-${width}-${scheme}.png`, fullPage });
      await context.close();
    },
  );
});
