import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { covers, latinSupplement, subsetFiles, subsets, unicodeRange } from './subsets';

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
      const ok = isArabic
        ? covers(subsets.arabic.ranges, cp)
        : cp < 0x20 || covers(subsets.latin.ranges, cp) || covers(latinSupplement.ranges, cp);
      if (!ok) missing.add(`U+${cp.toString(16).toUpperCase().padStart(4, '0')} ${ch}`);
    }
    expect([...missing]).toEqual([]);
  });
});
