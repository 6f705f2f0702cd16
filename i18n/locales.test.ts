import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { config as proxyConfig } from '../proxy';
import { defaultLocale, isLocale, localeInfo, locales, localeTable, otherLocales } from './locales';
import { routing } from './routing';

describe('the locale table', () => {
  it('drives next-intl routing', () => {
    expect(routing.locales).toEqual(locales);
    expect(routing.defaultLocale).toBe(defaultLocale);
    expect(locales[0]).toBe('ar');
  });

  it('gives Arabic right-to-left and English left-to-right', () => {
    expect(localeInfo('ar').dir).toBe('rtl');
    expect(localeInfo('en').dir).toBe('ltr');
  });

  it('pins a numbering system in every Intl tag, so server and browser agree', () => {
    for (const locale of locales) expect(localeTable[locale].intl).toMatch(/-u-(?:.*-)?nu-[a-z]+/);
  });

  it('has a messages file and a content folder for every locale', () => {
    const messages = readdirSync('messages').filter((f) => f.endsWith('.json'));
    expect(messages.sort()).toEqual(locales.map((l) => `${l}.json`).sort());
    const folders = readdirSync('content/briefings');
    for (const locale of locales) expect(folders).toContain(locale);
  });

  it('recognises only its own locales', () => {
    expect(isLocale('ar')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale('toString')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
    expect(otherLocales('ar')).toEqual(['en']);
  });
});

describe('the proxy matcher', () => {
  // Next reads the matcher statically, so it repeats the locale list: this
  // keeps the two in step.
  const patterns = proxyConfig.matcher.slice(1).map((m) => new RegExp(`^${m}$`));
  const matches = (path: string) => path === '/' || patterns.some((re) => re.test(path));

  it('runs on / and unprefixed paths', () => {
    expect(matches('/')).toBe(true);
    expect(matches('/briefings/x')).toBe(true);
    expect(matches('/xx/foo')).toBe(true);
    expect(matches('/arabic')).toBe(true);
    expect(matches('/english-news')).toBe(true);
  });

  it('stays off every locale-prefixed page and static file', () => {
    for (const locale of locales) {
      expect(matches(`/${locale}`)).toBe(false);
      expect(matches(`/${locale}/briefings/x`)).toBe(false);
    }
    expect(matches('/_next/static/chunks/a.js')).toBe(false);
    expect(matches('/favicon.ico')).toBe(false);
  });

  it('names every locale of the table', () => {
    const source = readFileSync('proxy.ts', 'utf8');
    for (const locale of locales) expect(source).toContain(locale);
  });
});
