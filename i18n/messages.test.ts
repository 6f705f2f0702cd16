import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { localeInfo, locales } from './locales';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const messages = Object.fromEntries(
  await Promise.all(locales.map(async (l) => [l, leaves((await import(`../messages/${l}.json`)).default)] as const)),
);

describe('UI messages', () => {
  it('have exactly the same keys in every language', () => {
    const [first, ...rest] = locales;
    const reference = [...messages[first!]!.keys()].sort();
    for (const locale of rest) expect([...messages[locale]!.keys()].sort(), locale).toEqual(reference);
  });

  it('are never empty and parse as ICU messages', () => {
    for (const locale of locales) {
      for (const [key, value] of messages[locale]!) {
        expect(value.trim(), `${locale}:${key}`).not.toBe('');
        expect(() => new IntlMessageFormat(value, localeInfo(locale).intl), `${locale}:${key}`).not.toThrow();
      }
    }
  });

  it('use the same placeholders in every language', () => {
    const placeholders = (s: string) => [...new Set([...s.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]))].sort();
    for (const [key, value] of messages.en!) {
      expect(placeholders(messages.ar!.get(key)!), key).toEqual(placeholders(value));
    }
  });
});
