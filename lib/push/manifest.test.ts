import { describe, expect, it } from 'vitest';
import { changedSince, pushManifestOf } from './manifest';

const SITE = 'https://fixture.example';
const NOW = Date.parse('2026-01-28T12:00:00Z');
const b = (slug: string, extra: Record<string, unknown> = {}) =>
  ({ locale: 'en', slug, title: slug, summary: 's', date: '2026-01-27', topics: ['trade'], digest: 'd', updates: [], ...extra }) as never;

describe('pushManifestOf', () => {
  it('lists every feed of each language (empty ones too) and of its topics, and every published briefing page', () => {
    const m = pushManifestOf([b('a'), b('c', { topics: ['energy'] })], SITE, NOW);
    expect(Object.keys(m.feeds).sort()).toEqual(
      ['feed.xml', 'atom.xml', 'feed.json'].flatMap((f) => [`${SITE}/ar/${f}`, `${SITE}/en/${f}`, `${SITE}/en/topics/trade/${f}`, `${SITE}/en/topics/energy/${f}`]).sort(),
    );
    expect(Object.keys(m.urls).sort()).toEqual([`${SITE}/en/briefings/a`, `${SITE}/en/briefings/c`]);
  });

  it('leaves out drafts and briefings scheduled after the build, so their feeds do not change', () => {
    const before = pushManifestOf([b('a')], SITE, NOW);
    const after = pushManifestOf([b('a'), b('d', { draft: true }), b('s', { date: '2026-02-01' })], SITE, NOW);
    expect(after).toEqual(before);
  });

  it("changes a briefing's hash and its feeds' when it is corrected or gets an update, not otherwise", () => {
    const base = pushManifestOf([b('a'), b('z', { topics: ['energy'] })], SITE, NOW);
    const corrected = pushManifestOf([b('a', { corrections: [{ date: '2026-01-28', text: 't' }] }), b('z', { topics: ['energy'] })], SITE, NOW);
    expect(changedSince(corrected.urls, base.urls)).toEqual([`${SITE}/en/briefings/a`]);
    expect(changedSince(corrected.feeds, base.feeds)).toEqual(['atom.xml', 'feed.json', 'feed.xml'].flatMap((f) => [`${SITE}/en/${f}`, `${SITE}/en/topics/trade/${f}`]).sort());
    expect(changedSince(pushManifestOf([b('a'), b('z', { topics: ['energy'] })], SITE, NOW + 1).urls, base.urls)).toEqual([]);
  });

  it('gives a live briefing its feed and its later pages of updates', () => {
    const updates = Array.from({ length: 21 }, (_, i) => ({ id: `u${21 - i}`, time: '2026-01-28T10:00+03:00', text: 't', keyEvent: false, breaking: false }));
    const m = pushManifestOf([b('live', { live: { start: '2026-01-28T09:00+03:00' }, updates })], SITE, NOW);
    expect(m.feeds[`${SITE}/en/briefings/live/atom.xml`]).toBeDefined();
    expect(m.urls[`${SITE}/en/briefings/live/updates/2`]).toBeDefined();
    expect(m.urls[`${SITE}/en/briefings/live/updates/3`]).toBeUndefined();
  });
});
