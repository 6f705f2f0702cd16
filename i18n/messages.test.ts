import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { localeInfo, locales } from './locales';

type Tree = { [key: string]: string | Tree };
/** One node of a parsed message (intl-messageformat's own type, not exported by name). */
type MessageElement = ReturnType<IntlMessageFormat['getAst']>[number];

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const messages = Object.fromEntries(await Promise.all(locales.map(async (l) => [l, leaves((await import(`../messages/${l}.json`)).default)] as const)));

describe('UI messages', () => {
  const [first, ...rest] = locales;
  const reference = messages[first!]!;

  it.each(rest)('have exactly the keys of the default language in %s', (locale) => {
    expect([...messages[locale]!.keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(locales.flatMap((locale) => [...messages[locale]!].map(([key, value]) => [locale, key, value] as const)))('%s %s is not empty and parses as an ICU message', (locale, _key, value) => {
    expect(value.trim()).not.toBe('');
    expect(() => new IntlMessageFormat(value, localeInfo(locale).intl)).not.toThrow();
  });

  /**
   * The arguments and tags a message uses, read from its ICU syntax tree: a
   * select's or plural's branches are text in the message's own language
   * (`{kind, select, organization {Desk} other {Author}}` uses `kind` only).
   */
  const placeholders = (s: string) => {
    const names = new Set<string>();
    const walk = (elements: MessageElement[]) => {
      for (const e of elements) {
        if ('value' in e && e.type !== 0) names.add(String(e.value));
        if ('options' in e) for (const option of Object.values(e.options)) walk(option.value);
        if ('children' in e) walk(e.children);
      }
    };
    walk(new IntlMessageFormat(s, 'en').getAst());
    return [...names].sort();
  };
  it.each(rest.flatMap((locale) => [...reference].map(([key, value]) => [locale, key, value] as const)))('%s %s uses the placeholders of the default language', (locale, key, value) => {
    expect(placeholders(messages[locale]!.get(key)!)).toEqual(placeholders(value));
  });
});
