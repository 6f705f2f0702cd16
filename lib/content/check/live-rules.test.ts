import { describe, expect, it } from 'vitest';
import { formatDiagnostic, type Diagnostic } from './diagnostic';
import { checkBriefingFile } from './run';
import { checkCommittedIds } from './live-rules';

const NOW = Date.parse('2026-01-28T12:00:00Z');

function file(live: string, body: string): string {
  return `---\ntitle: "A live briefing"\nsummary: "Summary."\ndate: 2026-01-28\ntopics: [china]\nsources:\n  - name: Reuters\n    url: https://www.reuters.com/world/fixture-live\n${live}---\n\n${body}`;
}
const LIVE = 'live:\n  start: 2026-01-28T09:00+03:00\n';
const update = (id: string, time: string, text = 'Something happened.') => `<Update id="${id}" time="${time}">\n${text}\n</Update>\n\n`;

function check(raw: string): string[] {
  return checkBriefingFile({ path: 'content/briefings/en/x.mdx', raw }, { topicIds: new Set(['china']), today: '2026-01-28', now: NOW })
    .filter((d) => ['live', 'update', 'update-id'].includes(d.rule))
    .map(formatDiagnostic);
}

describe('live briefing rules', () => {
  it('accepts updates newest first, in the past, with ids and text', () => {
    expect(check(file(LIVE, update('b', '2026-01-28T11:00+03:00') + update('a', '2026-01-28T10:00+03:00')))).toEqual([]);
  });

  it('rejects a duplicate id, at the second one\'s line', () => {
    const out = check(file(LIVE, update('a', '2026-01-28T11:00+03:00') + update('a', '2026-01-28T10:00+03:00')));
    expect(out).toEqual([expect.stringMatching(/^content\/briefings\/en\/x\.mdx:17:1: update-id: two updates have id="a" \(the other is on line 13\) — /)]);
  });

  it('rejects updates out of order, a future time, a time before the start, and no text', () => {
    const out = check(
      file(LIVE, update('a', '2026-01-28T10:00+03:00') + update('b', '2026-01-28T11:00+03:00') + update('c', '2026-01-29T10:00+03:00') + update('d', '2026-01-28T08:00+03:00') + '<Update id="e" time="2026-01-28T08:00+03:00">\n</Update>\n'),
    );
    expect(out.some((l) => /:17:1: update: <Update id="b"> \(2026-01-28T11:00\+03:00\) is newer than the update above it/.test(l))).toBe(true);
    expect(out.some((l) => /:21:1: update: <Update id="c"> is timed 2026-01-29T10:00\+03:00, in the future — /.test(l))).toBe(true);
    expect(out.some((l) => /:25:1: update: <Update id="d"> .* is before the coverage started/.test(l))).toBe(true);
    expect(out.some((l) => /:29:1: update: <Update id="e"> has no text — /.test(l))).toBe(true);
  });

  it('rejects <Update> in a briefing that is not live, and a live: without start or with an end before it', () => {
    expect(check(file('', update('a', '2026-01-28T10:00+03:00')))[0]).toMatch(/update: this briefing has <Update> entries but is not a live briefing/);
    expect(check(file('live:\n  end: 2026-01-28T09:00+03:00\n', ''))[0]).toMatch(/:10:3: live: live has no start/);
    expect(check(file('live:\n  start: 2026-01-28T09:00+03:00\n  end: 2026-01-28T08:00+03:00\n', ''))[0]).toMatch(/:11:8: live: live\.end .* is not after live\.start/);
    expect(check(file('live:\n  start: 2026-01-28\n', ''))[0]).toMatch(/live: live\.start "2026-01-28" has no time/);
  });
});

describe('update ids against the last commit', () => {
  const committed = update('b', '2026-01-28T11:00+03:00') + update('a', '2026-01-28T10:00+03:00');
  const run = (body: string) => {
    const out: Diagnostic[] = [];
    checkCommittedIds('content/briefings/en/x.mdx', body, 12, committed, out);
    return out.map(formatDiagnostic);
  };
  it('accepts the same ids with a new update on top', () => {
    expect(run(update('c', '2026-01-28T12:00+03:00') + committed)).toEqual([]);
  });
  it('rejects a changed id, at the update whose id changed, naming the old one', () => {
    expect(run(update('b2', '2026-01-28T11:00+03:00') + update('a', '2026-01-28T10:00+03:00'))).toEqual([
      expect.stringMatching(/^content\/briefings\/en\/x\.mdx:12:1: update-id: the update of 2026-01-28T11:00\+03:00 had id="b" in the last commit; it is now id="b2" — put back id="b"/),
    ]);
  });
  it('rejects a removed update', () => {
    expect(run(update('b', '2026-01-28T11:00+03:00'))[0]).toMatch(/update-id: the update id="a" \(2026-01-28T10:00\+03:00\) of the last commit is gone/);
  });
  it('says nothing for a file never committed', () => {
    const out: Diagnostic[] = [];
    checkCommittedIds('x', '', 1, null, out);
    expect(out).toEqual([]);
  });
});
