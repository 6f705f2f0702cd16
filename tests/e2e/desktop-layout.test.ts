import { describe, expect, inject, it } from 'vitest';
import { LEAD } from '../support/fixture-site';
import { openSettled } from '../support/open-page';
import { chromiumForFile } from '../support/chromium-for-file';

/**
 * The desktop layout of issue 21, as Chromium lays it out (no script runs on
 * our pages: this is the style sheet alone): one page grid, centred the same
 * way in both directions; running text of 60–75 characters a line in both
 * scripts; and the rail beside the article from 1,100 px, on the side where
 * lines end (the left in Arabic), under it below that width.
 */
const baseURL = inject('baseURL');
const LOCALES = ['ar', 'en'] as const;

const browser = chromiumForFile();

type Box = { left: number; right: number; top: number; bottom: number };
type Layout = { viewport: number; grid: Box[]; main: Box; rail: Box; charsPerLine: number[] };

async function layout(locale: string, width: number): Promise<Layout> {
  const context = await browser().newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  try {
    expect((await openSettled(page, `${baseURL}/${locale}/briefings/${LEAD.slug}`))?.status()).toBe(200);
    return await page.evaluate(() => {
      const box = (el: Element): Box => {
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        // The content box: the grid's gutters are padding.
        return { left: r.left + parseFloat(s.paddingLeft), right: r.right - parseFloat(s.paddingRight), top: r.top, bottom: r.bottom }; // rtl-ok: screen geometry
      };
      // Characters a line: the paragraph's width over the mean advance of its own text, set on one line in its own font.
      const charsPerLine = [...document.querySelectorAll('.prose > p')]
        .filter((p) => (p.textContent ?? '').length > 200)
        .map((p) => {
          const text = (p.textContent ?? '').replace(/\s+/g, ' ');
          const probe = document.createElement('span');
          probe.textContent = text;
          probe.style.whiteSpace = 'nowrap';
          p.appendChild(probe);
          // Harakat take no advance of their own: they are not characters of the line's length.
          const advance = probe.getBoundingClientRect().width / text.replace(/[\u064B-\u0652]/g, '').length;
          probe.remove();
          return Math.round(p.getBoundingClientRect().width / advance);
        });
      return {
        viewport: document.documentElement.clientWidth,
        grid: [...document.querySelectorAll('.masthead .container, main.container, .site-footer .container')].map(box),
        main: box(document.querySelector('.briefing-main')!),
        rail: box(document.querySelector('.briefing-rail')!),
        charsPerLine,
      };
    });
  } finally {
    await context.close();
  }
}

describe('desktop layout', () => {
  it.each(LOCALES.flatMap((l) => [1280, 1600].map((w) => [l, w] as const)))('%s at %i px: one grid, centred; body text 60–75 characters a line; the rail beside the article', async (locale, width) => {
    const { viewport, grid, main, rail, charsPerLine } = await layout(locale, width);
    expect(grid.length).toBeGreaterThanOrEqual(3);
    for (const g of grid) {
      // 1,152 px wide, the same in both languages, with equal margins.
      expect(Math.round(g.right - g.left + 48)).toBe(1152);
      expect(Math.abs(g.left - (viewport - g.right))).toBeLessThanOrEqual(1);
    }
    console.log(`${locale} ${width} px: ${charsPerLine.join(', ')} characters a line`);
    expect(charsPerLine.length).toBeGreaterThan(0);
    for (const n of charsPerLine) {
      expect(n).toBeGreaterThanOrEqual(60);
      expect(n).toBeLessThanOrEqual(75);
    }
    // Beside, not under: the two columns share the top of the page.
    expect(rail.top).toBeLessThan(main.bottom);
    expect(Math.abs(rail.top - main.top)).toBeLessThan(40);
    if (locale === 'ar') expect(rail.right).toBeLessThan(main.left);
    else expect(rail.left).toBeGreaterThan(main.right);
    // The column starts where the grid does, and the rail ends where it does.
    const [masthead] = grid;
    if (locale === 'ar') {
      expect(Math.abs(main.right - masthead!.right)).toBeLessThanOrEqual(1);
      expect(Math.abs(rail.left - masthead!.left)).toBeLessThanOrEqual(1);
    } else {
      expect(Math.abs(main.left - masthead!.left)).toBeLessThanOrEqual(1);
      expect(Math.abs(rail.right - masthead!.right)).toBeLessThanOrEqual(1);
    }
  });

  it.each(LOCALES)('%s at 1,000 px: the rail comes after the article, in the one column', async (locale) => {
    const { main, rail } = await layout(locale, 1000);
    expect(rail.top).toBeGreaterThanOrEqual(main.bottom);
  });
});
