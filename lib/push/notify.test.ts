import { describe, expect, it } from 'vitest';
import { pingHub, submitIndexNow } from './notify';

const manifest = {
  site: 'https://fixture.example',
  builtAt: 0,
  feeds: { 'https://fixture.example/en/feed.xml': 'b', 'https://fixture.example/ar/feed.xml': 'a' },
  urls: { 'https://fixture.example/en/briefings/x': '1' },
};
const answering = (status: number, seen: string[] = []) =>
  (async (_url: string, init: { body: string }) => {
    seen.push(init.body);
    return new Response(null, { status });
  }) as unknown as typeof fetch;

describe('pingHub', () => {
  it('notifies each changed feed once, and records only what the hub accepted', async () => {
    const seen: string[] = [];
    const out = await pingHub(manifest, { feeds: { 'https://fixture.example/ar/feed.xml': 'a', 'https://gone.example/feed.xml': 'z' } }, 'https://hub.example/', answering(204, seen));
    expect(seen).toEqual(['hub.mode=publish&hub.url=https%3A%2F%2Ffixture.example%2Fen%2Ffeed.xml']);
    expect(out.state.feeds).toEqual(manifest.feeds);
    const failed = await pingHub(manifest, {}, 'https://hub.example/', answering(500));
    expect(failed.sent).toEqual([]);
    expect(failed.failed).toHaveLength(2);
    expect(failed.state.feeds).toEqual({});
  });
});

describe('submitIndexNow', () => {
  it('sends nothing when nothing changed, and keeps the state when the endpoint refuses', async () => {
    const seen: string[] = [];
    expect((await submitIndexNow(manifest, { urls: manifest.urls }, 'https://in.example/', 'fixture-key-01', answering(200, seen))).sent).toEqual([]);
    expect(seen).toEqual([]);
    const refused = await submitIndexNow(manifest, {}, 'https://in.example/', 'fixture-key-01', answering(403, seen));
    expect(refused.failed).toHaveLength(1);
    expect(refused.state.urls).toEqual({});
    expect(JSON.parse(seen[0]!)).toEqual({ host: 'fixture.example', key: 'fixture-key-01', keyLocation: 'https://fixture.example/indexnow.txt', urlList: ['https://fixture.example/en/briefings/x'] });
  });
});
