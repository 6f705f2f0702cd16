import { describe, expect, it } from 'vitest';
import { liveUpdatesOf } from '../../lib/content/live';
import { withNewUpdate } from './live-update';

describe('withNewUpdate', () => {
  const file = '---\ntitle: x\n---\n\nIntro.\n\n<Update id="a" time="2026-01-28T09:00+03:00">\nA.\n</Update>\n';
  it('puts the new update at the top of the updates, after the intro', () => {
    const out = withNewUpdate(file, { id: 'b', time: '2026-01-28T10:00+03:00', body: 'B.' });
    expect(out).toBe('---\ntitle: x\n---\n\nIntro.\n\n<Update id="b" time="2026-01-28T10:00+03:00">\nB.\n</Update>\n\n<Update id="a" time="2026-01-28T09:00+03:00">\nA.\n</Update>\n');
    expect(liveUpdatesOf(out.split('---\n')[2]!).map((u) => u.id)).toEqual(['b', 'a']);
  });
  it('appends to a body without updates', () => {
    expect(withNewUpdate('---\nt: x\n---\n\nIntro.\n', { id: 'a', time: 't', body: 'A.' })).toBe('---\nt: x\n---\n\nIntro.\n\n<Update id="a" time="t">\nA.\n</Update>\n\n');
  });
});
