import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeTable } from '@/i18n/locales';
import { arabicMasthead, covers, latinSupplement, MASTHEAD_ARABIC_TEXT, rangesOf, subsetFiles, subsets, unicodeRange } from './subsets';

const fontsModule = readFileSync('app/fonts.ts', 'utf8');

describe('the subset web fonts', () => {
  it.each(Object.entries(subsetFiles))('%s: the file is committed and app/fonts.ts declares its unicode-range', (_, spec) => {
    expect(existsSync(spec.output)).toBe(true);
    const file = spec.output.replace(/^app\//, './');
    const call = fontsModule.slice(fontsModule.indexOf(`src: '${file}'`));
    expect(call.slice(0, call.indexOf('});'))).toContain(`value: '${unicodeRange(spec.ranges)}'`);
  });

  it('keeps the two faces a page always loads within the 60 kB font budget', () => {
    const bytes = statSync(subsets.arabic.output).size + statSync(subsets.latin.output).size;
    expect(bytes).toBeLessThanOrEqual(60_000);
  });

  it('covers every letter of the Arabic briefings and UI strings with Naskh, Latin with Inter', () => {
    const texts = [readFileSync('messages/ar.json', 'utf8'), readFileSync('messages/en.json', 'utf8')];
    for (const locale of ['ar', 'en']) {
      const dir = join('content/briefings', locale);
      for (const f of readdirSync(dir)) texts.push(readFileSync(join(dir, f), 'utf8'));
    }
    const missing = new Set<string>();
    for (const ch of texts.join('')) {
      const cp = ch.codePointAt(0)!;
      const isArabic = cp >= 0x0600 && cp <= 0x06ff;
      const ok = isArabic ? covers(subsets.arabic.ranges, cp) : cp < 0x20 || covers(subsets.latin.ranges, cp) || covers(latinSupplement.ranges, cp);
      if (!ok) missing.add(`U+${cp.toString(16).toUpperCase().padStart(4, '0')} ${ch}`);
    }
    expect([...missing]).toEqual([]);
  });

  it("the masthead face holds every letter of the site's Arabic name and of each Arabic-script language name, and is small", () => {
    const ar = JSON.parse(readFileSync('messages/ar.json', 'utf8')) as { Site: { name: string } };
    const words = [
      ar.Site.name,
      ...Object.values(localeTable)
        .filter((row) => row.script === 'arabic')
        .map((row) => row.nativeName),
    ];
    const missing = [...words.join('')].filter((ch) => !covers(arabicMasthead.ranges, ch.codePointAt(0)!));
    expect(missing).toEqual([]);
    expect(rangesOf(MASTHEAD_ARABIC_TEXT).length).toBeGreaterThan(5);
    // The point of it: a page in another script spends a few kB, not the whole Naskh subset.
    expect(statSync(arabicMasthead.output).size).toBeLessThan(statSync(subsets.arabic.output).size / 4);
  });
});
