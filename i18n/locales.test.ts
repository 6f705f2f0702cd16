import { AsyncLocalStorage } from 'node:async_hooks';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultLocale, isLocale, localeInfo, locales, textDirection } from './locales';
import { routing } from './routing';

// Next's request storage expects the global its server installs; the
// matcher helper loads it, so give it Node's.
(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
const { unstable_doesMiddlewareMatch: proxyRunsOn } = await import('next/experimental/testing/server');
const { config, default: proxy } = await import('../proxy');
const { NextRequest } = await import('next/server');

describe('the locale table', () => {
  it('drives next-intl routing, Arabic first', () => {
    expect(routing.locales).toEqual(locales);
    expect(routing.defaultLocale).toBe(defaultLocale);
    expect(defaultLocale).toBe('ar');
  });

  it.each([
    ['ar', 'rtl'],
    ['en', 'ltr'],
  ] as const)('writes %s %s', (locale, dir) => {
    expect(localeInfo(locale).dir).toBe(dir);
  });

  it.each(locales)('pins a numbering system in the Intl tag of %s, so server and browser agree', (locale) => {
    expect(localeInfo(locale).intl).toMatch(/-u-(?:.*-)?nu-[a-z]+/);
  });

  it('has a messages file and a content folder for every locale', () => {
    const messages = readdirSync('messages').filter((f) => f.endsWith('.json'));
    expect(messages.sort()).toEqual(locales.map((l) => `${l}.json`).sort());
    expect(readdirSync('content/briefings').sort()).toEqual([...locales].sort());
  });

  it.each([
    ['ar', true],
    ['en', true],
    ['fr', false],
    ['AR', false],
    ['toString', false],
    ['', false],
    [undefined, false],
  ])('isLocale(%j) is %s', (value, expected) => {
    expect(isLocale(value)).toBe(expected);
  });
});

describe('textDirection', () => {
  it.each([
    ['ar-u-nu-latn', 'rtl'],
    ['fa-u-nu-arabext', 'rtl'],
    ['ur', 'rtl'],
    ['he-IL', 'rtl'],
    ['en-GB-u-nu-latn', 'ltr'],
    ['fr', 'ltr'],
    ['zh-Hant', 'ltr'],
  ] as const)('%s is %s', (tag, dir) => {
    expect(textDirection(tag)).toBe(dir);
  });
});

describe('which paths the proxy sees (Next’s own matcher)', () => {
  it.each(['/', '/briefings/x', '/xx/foo', '/fr', '/arabic', '/english-news', '/ar/briefings/%ZZ'])('runs on %s', (url) => {
    expect(proxyRunsOn({ config, url })).toBe(true);
  });

  it.each(['/_next/static/chunks/a.js', '/favicon.ico', '/logo.png', '/ar/feed.xml'])('stays off %s', (url) => {
    expect(proxyRunsOn({ config, url })).toBe(false);
  });

  // `next dev` serves a layout's style sheet, and so the fonts, from a path
  // with `%5Blocale%5D` in it, which the percent-sign matcher brings in: it
  // must pass, not be redirected under a locale (/ar/_next/…, a 404).
  it('lets Next’s own files with a percent sign through', () => {
    const url = 'http://127.0.0.1/_next/static/css/app/%5Blocale%5D/layout.css';
    expect(proxyRunsOn({ config, url: new URL(url).pathname })).toBe(true);
    const response = proxy(new NextRequest(url));
    expect(response.headers.get('location')).toBeNull();
    expect(response.headers.get('x-middleware-next')).toBe('1');
  });

  // The matcher is read statically and so names the locales itself: this is
  // what fails when a language is added to the table but not to proxy.ts.
  it.each(locales.flatMap((l) => [`/${l}`, `/${l}/`, `/${l}/topics/china`, `/${l}/archive`, `/${l}/feed.xml`]))('stays off the locale-prefixed page %s', (url) => {
    expect(proxyRunsOn({ config, url })).toBe(false);
  });

  // Pages rendered on demand are the exception: the proxy sends unknown
  // slugs and page numbers to the 404 (lib/routing/on-demand.ts).
  it.each(locales.flatMap((l) => [`/${l}/briefings/x`, `/${l}/briefings/x/share-image/0123abcd4567.png`, `/${l}/archive/2`, `/${l}/topics/china/2`]))('runs on the on-demand path %s', (url) => {
    expect(proxyRunsOn({ config, url })).toBe(true);
  });
});
