import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ISOLATE, misorderedValues, type Paragraph } from '../support/bidi-order';
import { CORRECTED, DESK, IMAGE_SLUG, LEAD, PAGED_TOPIC, PERSON, TAIL, TOPIC } from '../support/fixture-site';
import { chromiumForFile } from '../support/chromium-for-file';

/**
 * Every template in Chromium, checked by the Unicode bidi algorithm: each
 * block's text is read as the browser lays it out (isolating elements from
 * the computed style), and every interpolated value (links: titles, names,
 * topics; times; <bdi>) must be drawn in one piece, in reading order.
 *
 * Twice per page: with the content as built, then with adversarial values
 * written into every link — titles ending in Latin and digits, digits after
 * Latin, Latin-only titles on Arabic pages, Arabic titles on English pages —
 * and a number placed right after every inline value, so the markup holds
 * for headlines the site does not have yet, next to whatever follows them.
 * Measured: with the `dir="auto"`s and the headline's <bdi> removed in the
 * page, 14 of the 26 pages this list first had fail (the others lay their values out as
 * blocks or inline-flex boxes, which keep to themselves anyway).
 */
const baseURL = inject('baseURL');

const ADVERSARIAL: Record<'ar' | 'en', string[]> = {
  ar: ['رقائق إنفيديا X900', 'Nvidia X900', 'تقرير 2026', 'GPT 5', 'Reuters', 'صادرات X90 عام 2025'],
  en: ['رقائق إنفيديا X900', 'Nvidia X900', 'رويترز', 'Model 3 2026', 'الصين', 'China’s X900?'],
};

const pages: [string, string, string?][] = (['ar', 'en'] as const).flatMap((l) => [
  [l, `/${l}`],
  [l, `/${l}/briefings/${LEAD.slug}`],
  [l, `/${l}/briefings/${TAIL.slug}`],
  [l, `/${l}/briefings/${CORRECTED.slug}`],
  [l, `/${l}/briefings/${IMAGE_SLUG}`],
  [l, `/${l}/topics`],
  [l, `/${l}/topics/${TOPIC}`],
  [l, `/${l}/topics/${PAGED_TOPIC}/2`],
  [l, `/${l}/archive/1`],
  [l, `/${l}/archive/2`],
  [l, `/${l}/authors/${DESK}`],
  [l, `/${l}/authors/${PERSON}`],
  [l, `/${l}/corrections`],
  [l, `/${l}/pages/about`],
  [l, `/${l}/search`],
  // The query is interpolated into the heading and the notices: a value too.
  [l, `/${l}/search?q=${encodeURIComponent(l === 'ar' ? 'Nvidia X900' : 'إنفيديا')}`, l === 'ar' ? 'Nvidia X900' : 'إنفيديا'],
  [l, `/${l}/search?q=${encodeURIComponent('X900 2026')}`, 'X900 2026'],
  [l, `/${l}/briefings/no-such-briefing`],
]);

const browser = chromiumForFile();

/** Each block with text of its own, as one bidi paragraph, with the spans of its values. */
async function paragraphs(page: Page, needle: string | undefined): Promise<Paragraph[]> {
  return page.evaluate(
    ({ needle, ISOLATE }) => {
      const out: { text: string; dir: 'ltr' | 'rtl'; spans: { start: number; end: number; label: string }[]; where: string }[] = [];
      const isBlock = (el: Element) => {
        const s = getComputedStyle(el);
        return !s.display.startsWith('inline') || s.position === 'absolute' || s.position === 'fixed' || s.float !== 'none';
      };
      const path = (el: Element) => {
        const parts: string[] = [];
        for (let e: Element | null = el; e && e !== document.body; e = e.parentElement)
          parts.unshift(e.localName + (e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : ''));
        return parts.join('>');
      };
      const blocks = [...document.body.querySelectorAll('*')].filter((el) => getComputedStyle(el).display !== 'none' && isBlock(el) && !['script', 'style', 'svg', 'template'].includes(el.localName));
      for (const block of blocks) {
        let text = '';
        const spans: { start: number; end: number; label: string }[] = [];
        let own = false;
        const walk = (node: Node) => {
          for (const child of node.childNodes) {
            if (child.nodeType === Node.TEXT_NODE) {
              const t = (child.textContent ?? '').replace(/\s+/g, ' ');
              if (t.trim()) own = true;
              text += t;
              continue;
            }
            if (!(child instanceof HTMLElement)) continue;
            const s = getComputedStyle(child);
            if (s.display === 'none' || ['script', 'style', 'svg', 'template'].includes(child.localName)) continue;
            // Another block (or an inline-block: an atomic object) is its own paragraph.
            if (isBlock(child)) continue;
            if (s.display !== 'inline') {
              text += '\uFFFC';
              continue;
            }
            const isolating = child.localName === 'bdi' || ['isolate', 'plaintext', 'isolate-override'].includes(s.unicodeBidi);
            const auto = child.getAttribute('dir') === 'auto' || s.unicodeBidi === 'plaintext' || (child.localName === 'bdi' && !child.hasAttribute('dir'));
            if (isolating) text += auto ? ISOLATE.auto : s.direction === 'rtl' ? ISOLATE.rtl : ISOLATE.ltr;
            const start = text.length;
            walk(child);
            if ((['a', 'time', 'bdi'].includes(child.localName) || child.hasAttribute('data-probe')) && text.slice(start).trim())
              spans.push({
                start,
                end: text.length,
                label: text
                  .slice(start)
                  .replace(/[\u2066-\u2069]/g, '')
                  .trim(),
              });
            if (isolating) text += ISOLATE.end;
          }
        };
        walk(block);
        // A link or a date that is a block of its own (a flex item, a pill) is a value too.
        if (['a', 'time', 'bdi'].includes(block.localName) && text.trim()) spans.push({ start: 0, end: text.length, label: text.trim() });
        if (!own && spans.length === 0) continue;
        if (needle) {
          for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) spans.push({ start: i, end: i + needle.length, label: needle });
          spans.sort((a, b) => a.start - b.start);
        }
        if (spans.length === 0) continue;
        out.push({ text, dir: getComputedStyle(block).direction === 'rtl' ? 'rtl' : 'ltr', spans, where: path(block) });
      }
      return out;
    },
    { needle, ISOLATE },
  );
}

/**
 * Writes adversarial values into every link that holds only text, and puts
 * a number right after every value that runs inline with other text (the
 * day after a headline, a count after a name): whatever the site writes
 * around a value, the value must keep to itself.
 */
async function adversarial(page: Page, values: string[]): Promise<void> {
  await page.evaluate((values) => {
    let i = 0;
    // Links, and the names and numbers the site isolates in running text (a topic's name in "<topic>, page 2").
    for (const a of document.querySelectorAll('body a, body bdi')) {
      if (a.children.length === 0 && a.textContent?.trim() && !a.parentElement?.closest('a')) a.textContent = values[i++ % values.length]!;
    }
    for (const el of document.querySelectorAll('body a, body time, body bdi')) {
      const inline = getComputedStyle(el).display === 'inline';
      const outermost = !el.parentElement?.closest('a, time, bdi');
      if (!inline || !outermost) continue;
      // A value of its own: it must be drawn after the value, in reading order.
      const probe = document.createElement('span');
      probe.dataset.probe = '';
      probe.textContent = '28';
      el.after(' ', probe, ' ');
    }
  }, values);
}

describe('bidi: every interpolated value is drawn in one piece, in reading order', () => {
  // "<topic>، الصفحة ٢": the heading of a topic's later pages holds two
  // values, the topic's name and the page number; each is one in the
  // check (the <bdi>s), and stays in order with adversarial names.
  it.each(['ar', 'en'] as const)('%s: a topic page 2 heading holds the topic and the page number as two values', async (locale) => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    expect((await page.goto(`${baseURL}/${locale}/topics/${PAGED_TOPIC}/2`))?.status()).toBe(200);
    const heading = async () => (await paragraphs(page, undefined)).find((p) => p.where?.endsWith('h1.page-title'));
    const asBuilt = await heading();
    await adversarial(page, ADVERSARIAL[locale]);
    const withFixtures = await heading();
    await context.close();
    expect(asBuilt?.spans.map((s) => s.label)).toEqual([expect.any(String), '2']);
    expect(misorderedValues(withFixtures!)).toEqual([]);
  });

  it.concurrent.each(pages)('%s %s', async (locale, path, needle) => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const res = await page.goto(`${baseURL}${path}`);
    expect(res?.status(), path).toBeLessThan(500);
    const asBuilt = (await paragraphs(page, needle)).flatMap(misorderedValues);
    await adversarial(page, ADVERSARIAL[locale as 'ar' | 'en']);
    const checked = await paragraphs(page, needle);
    const withFixtures = checked.flatMap(misorderedValues);
    await context.close();
    expect(checked.length, 'paragraphs with values').toBeGreaterThan(0);
    expect([...asBuilt, ...withFixtures.map((p) => `adversarial: ${p}`)]).toEqual([]);
  });
});
