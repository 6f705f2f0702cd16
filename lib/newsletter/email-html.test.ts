import bidiFactory from 'bidi-js';
import MailComposer from 'nodemailer/lib/mail-composer';
import { describe, expect, it } from 'vitest';
import { locales } from '@/i18n/locales';
import { fixtureEdition } from '@/tests/support/email-edition';
import { ISOLATE, misorderedValues, type Span } from '@/tests/support/bidi-order';
import { newsletterConfig } from './config';
import { emailWords, messageFor, prepareEdition } from './edition-message';
import { bidiHtml } from './email-html';
import { translator } from './translate';

const bidi = bidiFactory();
const BASE = 'https://mawjaz.example';
const config = newsletterConfig({ NEWSLETTER_SECRET: 'x' }, BASE);

async function message(locale: (typeof locales)[number], count = 10) {
  const edition = fixtureEdition(locale, count, BASE);
  const site = (await translator(locale, 'Site'))('name');
  const words = emailWords(await translator(locale, 'Newsletter'), await translator(locale, 'Digest'), site, edition.day, locale);
  return { edition, prepared: prepareEdition(edition, words, BASE), mail: messageFor(prepareEdition(edition, words, BASE), 'reader@example.test', 'TOKEN.SIG', config) };
}

/** The text cells of the HTML part: each opening tag with its text, Latin spans as isolates. */
function cells(html: string) {
  const out: { tag: string; text: string; spans: Span[] }[] = [];
  for (const m of html.matchAll(/<(td|p|h2)\b([^>]*)>((?:(?!<\/?(?:td|p|h2|table)\b)[\s\S])*)<\/\1>/g)) {
    let text = '';
    const spans: Span[] = [];
    for (const piece of m[3]!.split(/(<span dir="ltr">[^<]*<\/span>|<[^>]+>)/)) {
      const run = /^<span dir="ltr">([^<]*)<\/span>$/.exec(piece);
      if (run) {
        spans.push({ start: text.length + 1, end: text.length + 1 + run[1]!.length, label: run[1]! });
        text += ISOLATE.ltr + run[1] + ISOLATE.end;
      } else if (!piece.startsWith('<')) text += piece.replace(/&amp;/g, '&').replace(/&[a-z#0-9]+;/g, ' ');
    }
    if (text.trim()) out.push({ tag: `<${m[1]}${m[2]}>`, text, spans });
  }
  return out;
}

describe('the edition email', () => {
  it('declares language and direction on <html>, <body> and a wrapping element', async () => {
    const { mail } = await message('ar');
    const html = String(mail.html);
    expect(html).toMatch(/^<!doctype html><html dir="rtl" lang="ar">/i);
    expect(html).toMatch(/<body[^>]* dir="rtl" lang="ar"[^>]*direction: ?rtl/);
    expect(html).toMatch(/<div[^>]* dir="rtl" lang="ar"[^>]*direction: ?rtl/);
  });

  it.each(locales)('puts direction and text-align on every text cell, in physical CSS only (%s)', async (locale) => {
    const { mail, edition } = await message(locale);
    const html = String(mail.html);
    const align = edition.dir === 'rtl' ? 'right' : 'left';
    const found = cells(html);
    expect(found.length).toBeGreaterThan(10 * 8);
    for (const c of found) {
      expect(c.tag, c.text).toMatch(new RegExp(`direction: ?${edition.dir}`));
      expect(c.tag, c.text).toMatch(new RegExp(`text-align: ?${align}`));
      expect(c.tag, c.text).toContain(`dir="${edition.dir}"`);
    }
    // No logical property: Gmail and Outlook read none (caniemail).
    expect(html).not.toMatch(/(?:margin|padding|border|inset)-(?:inline|block)|(?:inline|block)-size|text-align: ?(?:start|end)|float: ?(?:inline-)/);
    // CSS is inlined: only media queries stay in a <style>.
    for (const style of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) expect(style[1]!.trim()).toMatch(/^@media/);
  });

  it('reads right to left in every Arabic paragraph of both parts (bidi-js), Latin runs in place', async () => {
    const { mail } = await message('ar');
    const problems: string[] = [];
    for (const c of cells(String(mail.html))) {
      const dir = /direction: ?(rtl|ltr)/.exec(c.tag)![1] as 'rtl' | 'ltr';
      expect(dir).toBe('rtl');
      expect(bidi.getEmbeddingLevels(c.text, dir).paragraphs[0]!.level).toBe(1);
      problems.push(...misorderedValues({ text: c.text, dir, spans: c.spans }));
    }
    expect(problems).toEqual([]);
    // The plain-text part has no markup: its marks alone make each paragraph RTL.
    const paragraphs = String(mail.text)
      .split('\n')
      .filter((l) => /\p{L}|\d/u.test(l));
    expect(paragraphs.length).toBeGreaterThan(10 * 8);
    for (const p of paragraphs) expect([p, bidi.getEmbeddingLevels(p).paragraphs[0]!.level % 2]).toEqual([p, 1]);
  });

  it('wraps Latin runs inside Arabic in <span dir="ltr">', () => {
    expect(bidiHtml('رقاقة H200 من Fixture Chips، في 2027.', 'rtl')).toBe('رقاقة <span dir="ltr">H200</span> من <span dir="ltr">Fixture Chips</span>، في 2027.');
    expect(bidiHtml('A & B <x>', 'ltr')).toBe('A &amp; B &lt;x&gt;');
  });

  it('opens with the first key point as the inbox preview', async () => {
    const { mail, edition } = await message('ar');
    const body = /<body[^>]*>([\s\S]*)/.exec(String(mail.html))![1]!;
    const firstText = body.replace(/<[^>]+>/g, '').trimStart();
    expect(firstText.startsWith(edition.entries[0]!.keyPoints[0]!)).toBe(true);
  });

  it('keeps an Arabic edition of 10 briefings under 90 kB (Gmail clips at about 102 kB)', async () => {
    const { mail } = await message('ar', 10);
    const htmlBytes = Buffer.byteLength(String(mail.html));
    const whole = await new MailComposer(mail).compile().build();
    console.log(`email: Arabic edition of 10 briefings: HTML ${(htmlBytes / 1024).toFixed(1)} kB, whole message ${(whole.length / 1024).toFixed(1)} kB`);
    expect(htmlBytes).toBeLessThan(90_000);
  });

  it('carries both List-Unsubscribe forms and the reader’s token in every link', async () => {
    const { mail } = await message('en');
    const headers = mail.headers as Record<string, string>;
    expect(headers['List-Unsubscribe']).toBe(`<${BASE}/en/newsletter/unsubscribe?token=TOKEN.SIG>, <mailto:unsubscribe@mawjaz.example?subject=unsubscribe%20TOKEN.SIG>`);
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(String(mail.html)).not.toContain('__MAWJAZ');
    expect(String(mail.text)).toContain(`${BASE}/en/newsletter?manage=TOKEN.SIG`);
  });
});
