import { describe, expect, it } from 'vitest';
import { checkBriefingFile } from '../check/run';
import { readUpdates } from '../live';
import { scaffoldBriefing } from './scaffold';
import { editorMinute } from './scaffold-live';

describe('editorMinute', () => {
  it('writes an instant to the minute in the zone, with its offset', () => {
    expect(editorMinute(Date.parse('2026-01-28T11:05:59Z'), 'Asia/Riyadh')).toBe('2026-01-28T14:05+03:00');
    expect(editorMinute(Date.parse('2026-01-28T11:05:00Z'), 'America/New_York')).toBe('2026-01-28T06:05-05:00');
  });
});

describe('new:briefing --live', () => {
  it.each(['ar', 'en'] as const)('scaffolds a live briefing in %s whose only problems are its placeholders', (locale) => {
    const start = '2026-01-28T14:05+03:00';
    const text = scaffoldBriefing({ locale, topics: ['china'], today: '2026-01-28', authors: ['mawjaz-desk'], liveStart: start });
    expect(text).toContain(`live:\n  start: ${start}\n`);
    const updates = readUpdates(text.split('\n---\n')[1]!);
    expect(updates.map((u) => [u.id, u.time, u.keyEvent])).toEqual([['first-update', start, true]]);
    const rules = checkBriefingFile(
      { path: `content/briefings/${locale}/x.mdx`, raw: text },
      { topicIds: new Set(['china']), authorIds: new Set(['mawjaz-desk']), today: '2026-01-28', now: Date.parse('2026-01-28T12:00:00Z') },
    ).map((d) => d.rule);
    expect(new Set(rules)).toEqual(new Set(['placeholder']));
  });
});
