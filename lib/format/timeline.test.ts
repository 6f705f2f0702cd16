import { describe, expect, it } from 'vitest';
import { eventLabels } from './timeline';

// The H200 briefing's timeline.
const dates = ['2025-12', '2026-01', '2026-01', '2026-01', '2026-01-28'];

describe('eventLabels', () => {
  it.each([
    ['en', ['December 2025', 'January 2026', '28 January 2026']],
    ['ar', ['ديسمبر 2025', 'يناير 2026', '28 يناير 2026']],
  ] as const)('shows each month once when events of the same month follow each other (%s)', (locale, shown) => {
    const labels = eventLabels(dates, locale);
    expect(labels.filter((l) => l.shown).map((l) => l.text)).toEqual(shown);
    expect(labels.map((l) => l.shown)).toEqual([true, true, false, false, true]);
  });

  it('shows a label again when the same month comes back after another', () => {
    expect(eventLabels(['2026-01', '2026-02', '2026-01'], 'en').map((l) => l.shown)).toEqual([true, true, true]);
  });

  it('keeps an unreadable date as written', () => {
    expect(eventLabels(['spring'], 'en')).toEqual([{ text: 'spring', shown: true }]);
  });
});
