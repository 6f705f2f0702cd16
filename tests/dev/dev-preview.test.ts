import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales, type Locale } from '@/i18n/locales';
import { contentSecurityPolicy, devContentSecurityPolicy } from '@/lib/http/security-headers.mjs';
import { launchChromium } from '../../scripts/support/chromium';
import type { ProjectCopy } from '../../scripts/support/project-copy';
import { groupAlive, startDev, type DevServer } from '../support/dev-server';
import { fixtureSiteCopy, LEAD, TAIL } from '../support/fixture-site';

/**
 * The editors' preview, `npm run dev`, started as an editor starts it, in a
 * throwaway copy of the project whose content (the fixture site,
 * tests/support/fixture-site.ts) the test edits.
 */

const SLUG = LEAD.slug;
const fileOf = (locale: Locale) => `content/briefings/${locale}/${SLUG}.mdx`;
const pagePaths = (locale: Locale) => [`/${locale}`, `/${locale}/briefings/${SLUG}`, `/${locale}/topics`, `/${locale}/search?q=nvidia`];

let copy: ProjectCopy;
/** Every 5xx answer seen while reloading, with the preview's output then, for the failure message. */
const errors: string[] = [];
let dev: DevServer;
const originals = new Map<Locale, string>();

const write = (locale: Locale, text: string) => writeFileSync(join(copy.dir, fileOf(locale)), text);
const restore = () => {
  for (const [locale, text] of originals) write(locale, text);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Reloads `path` until its HTML satisfies `ok`; every status seen along the way is kept. */
async function reloadUntil(path: string, ok: (html: string) => boolean, timeoutMs = 20_000) {
  const started = performance.now();
  const statuses: number[] = [];
  for (;;) {
    const res = await fetch(dev.baseURL + path);
    const html = await res.text();
    statuses.push(res.status);
    if (res.status >= 500) errors.push(`${path} ${res.status}: ${html.slice(0, 2000)}\n${dev.output().slice(-4000)}`);
    if (ok(html)) return { ms: performance.now() - started, statuses, html };
    if (performance.now() - started > timeoutMs) {
      throw new Error(`${path} did not change within ${timeoutMs} ms (statuses ${statuses.join(',')})\n${dev.output().slice(-3000)}`);
    }
    await sleep(50);
  }
}

/** A briefing that is already broken when the editor starts the preview (an MDX syntax error contentlayer2 cannot compile). */
const BROKEN_AT_START = `content/briefings/en/${TAIL.slug}.mdx`;
let brokenAtStart = '';

beforeAll(async () => {
  copy = fixtureSiteCopy();
  for (const locale of locales) originals.set(locale, readFileSync(join(copy.dir, fileOf(locale)), 'utf8'));
  brokenAtStart = readFileSync(join(copy.dir, BROKEN_AT_START), 'utf8');
  writeFileSync(join(copy.dir, BROKEN_AT_START), `${brokenAtStart.replace(/\n*$/, '\n')}<Callout>\n`);
  dev = await startDev(copy.dir);
});

afterAll(async () => {
  const pid = dev?.pid;
  await dev?.stop();
  copy?.remove();
  // Nothing of the preview outlives the test.
  if (pid) expect(groupAlive(pid)).toBe(false);
});

describe('npm run dev', () => {
  it('starts with a briefing that is broken already, shows its problems, and brings it back when fixed', async () => {
    const path = `/en/briefings/${TAIL.slug}`;
    const line = brokenAtStart.replace(/\n*$/, '\n').split('\n').length;
    const broken = await reloadUntil(path, (html) => html.includes(`${BROKEN_AT_START}:${line}:1: mdx-syntax: `));
    expect(broken.statuses.filter((s) => s >= 500)).toEqual([]);
    expect(broken.html).toContain('This briefing has errors');
    writeFileSync(join(copy.dir, BROKEN_AT_START), brokenAtStart);
    const fixed = await reloadUntil(path, (html) => !html.includes('This briefing has errors') && html.includes('<article'));
    expect(fixed.statuses.filter((s) => s >= 500)).toEqual([]);
  });

  it('serves every kind of page in both languages without a 500, from the start', async () => {
    for (const locale of locales) {
      for (const path of pagePaths(locale)) {
        const res = await fetch(dev.baseURL + path);
        const html = await res.text();
        expect(res.status, `${path}\n${dev.output().slice(-3000)}`).toBe(200);
        expect(html, path).not.toContain('__next_error__');
        expect(html, path).toContain(`lang="${locale}"`);
      }
    }
  });

  it('loads the style sheets and the web fonts they name', async () => {
    for (const locale of locales) {
      const html = await (await fetch(`${dev.baseURL}/${locale}`)).text();
      const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
      expect(sheets.length, locale).toBeGreaterThan(0);
      const fonts = new Set<string>();
      for (const sheet of sheets) {
        const res = await fetch(dev.baseURL + sheet.replaceAll('&amp;', '&'), { redirect: 'manual' });
        expect(res.status, sheet).toBe(200);
        expect(res.headers.get('content-type'), sheet).toMatch(/text\/css/);
        for (const m of (await res.text()).matchAll(/url\(([^)]+\.woff2[^)]*)\)/g)) fonts.add(m[1]!.replace(/^["']|["']$/g, ''));
      }
      expect(fonts.size, locale).toBeGreaterThan(0);
      for (const font of fonts) {
        const res = await fetch(dev.baseURL + font, { redirect: 'manual' });
        expect(res.status, font).toBe(200);
        expect(res.headers.get('content-type'), font).toMatch(/font\/woff2/);
      }
    }
  });

  it('sends the dev runtime’s policy, not production’s, and the browser reports no violation', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      // The dev runtime runs webpack's modules through eval: under the
      // production policy that is refused (a `securitypolicyviolation`
      // event and an uncaught EvalError), and the error overlay cannot draw.
      const violations: string[] = [];
      page.on('pageerror', (e) => violations.push(`uncaught: ${e.message}`));
      await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`)),
      );
      for (const locale of locales) {
        await page.goto(`${dev.baseURL}/${locale}/briefings/${SLUG}`, { waitUntil: 'load' });
        await page.waitForTimeout(2000);
        expect(await page.locator('h1').first().innerText()).not.toBe('');
      }
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
    const res = await fetch(`${dev.baseURL}/en`);
    expect(res.headers.get('content-security-policy')).toBe(devContentSecurityPolicy());
    expect(res.headers.get('content-security-policy')).not.toBe(contentSecurityPolicy({ https: false }));
  });

  it('shows a saved title on the next reload, within 2 s (median of 10)', async () => {
    const path = `/en/briefings/${SLUG}`;
    const original = originals.get('en')!;
    const times: number[] = [];
    const reloads: number[] = [];
    const statuses: number[] = [];
    try {
      for (let i = 0; i < 10; i++) {
        const marker = `Preview edit ${i} ${Date.now()}`;
        write('en', original.replace(/^title: "/m, `title: "${marker} `));
        const seen = await reloadUntil(path, (html) => html.includes(marker));
        times.push(Math.round(seen.ms));
        reloads.push(seen.statuses.length);
        statuses.push(...seen.statuses);
        await sleep(200);
      }
    } finally {
      restore();
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = (sorted[4]! + sorted[5]!) / 2;
    console.log(`dev preview: a saved title showed after ${times.join(', ')} ms (median ${median} ms), on reload number ${reloads.join(', ')} after the save`);
    expect(
      statuses.every((s) => s === 200),
      `statuses while regenerating: ${statuses.join(',')}\n${errors.join('\n')}`,
    ).toBe(true);
    expect(median).toBeLessThanOrEqual(2000);
  });

  /** A broken version of a briefing, and where the content check puts its first error. */
  type Breakage = { name: string; locale: Locale; break: (text: string) => string; rule: string; at: (text: string) => [number, number] };
  const lineOf = (text: string, pattern: RegExp) => text.split('\n').findIndex((l) => pattern.test(l)) + 1;
  const appended = (text: string) => text.replace(/\n*$/, '\n').split('\n').length;
  const breakages: Breakage[] = [
    {
      name: 'bad MDX syntax (an unclosed component)',
      locale: 'en',
      break: (t) => `${t.replace(/\n*$/, '\n')}<Callout>\n`,
      rule: 'mdx-syntax',
      at: (t) => [appended(t), 1],
    },
    {
      name: 'bad frontmatter (an impossible date)',
      locale: 'ar',
      break: (t) => t.replace(/^date: .*$/m, 'date: 2026-02-30'),
      rule: 'date',
      at: (t) => [lineOf(t, /^date: /), 7],
    },
    {
      name: 'an unknown component',
      locale: 'en',
      break: (t) => `${t.replace(/\n*$/, '\n')}<Sidebar>text</Sidebar>\n`,
      rule: 'component',
      at: (t) => [appended(t), 1],
    },
  ];

  it.each(breakages)('shows $name in the browser, with file, line, column, rule and fix, and recovers when fixed', async (b) => {
    const original = originals.get(b.locale)!;
    const path = `/${b.locale}/briefings/${SLUG}`;
    const [line, column] = b.at(original);
    const diagnostic = `${fileOf(b.locale)}:${line}:${column}: ${b.rule}: `;
    const heading = b.locale === 'ar' ? 'في هذا الإيجاز أخطاء' : 'This briefing has errors';
    try {
      write(b.locale, b.break(original));
      const broken = await reloadUntil(path, (html) => html.includes(diagnostic));
      expect(
        broken.statuses.filter((s) => s >= 500),
        errors.join('\n'),
      ).toEqual([]);
      expect(broken.html).toContain(heading);
      expect(broken.html).toContain(`lang="${b.locale}"`);
      // The one-line form names the fix after the dash.
      expect(broken.html).toMatch(new RegExp(`${diagnostic.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^<]+ — [^<]+`));
      // The lists leave it out, and say so at the top of every page, with a link to its problems.
      const home = await (await fetch(`${dev.baseURL}/${b.locale}`)).text();
      expect(home).toMatch(new RegExp(`<aside class="preview-notice[^"]*"[^>]*>[\\s\\S]*href="${path}"[^>]*>${fileOf(b.locale)}<`));
      // What an editor sees, drawn by the browser (the page ships no script to draw it).
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.goto(dev.baseURL + path, { waitUntil: 'load' });
        const text = await page.locator('main').innerText();
        expect(text).toContain(heading);
        expect(text).toContain(diagnostic);
      } finally {
        await browser.close();
      }
    } finally {
      restore();
    }
    const fixed = await reloadUntil(path, (html) => !html.includes(heading) && html.includes('<article'));
    expect(
      fixed.statuses.filter((s) => s >= 500),
      errors.join('\n'),
    ).toEqual([]);
    expect(fixed.html).not.toContain('preview-notice');
  });
});
