import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryFiles } from './hot.mjs';

/** ./hot.mjs behind a plain server: what it sends, and what it leaves to sirv or Next. */
const dir = mkdtempSync(join(tmpdir(), 'mawjaz-hot-'));
writeFileSync(join(dir, 'a.html'), '<p>a</p>'.repeat(100));
writeFileSync(join(dir, 'a.html.gz'), 'gzip bytes');
let server: Server;
let base = '';
const outcomes: string[] = [];

beforeAll(async () => {
  const hot = memoryFiles(1024 * 1024);
  server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    const outcome = hot(req, res, join(dir, url.pathname), (url.searchParams.get('c') ?? 'identity') as 'gzip', { 'cache-control': 'public' }, null);
    outcomes.push(outcome);
    if (outcome !== 'sent') res.end(outcome);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

describe('memoryFiles', () => {
  it('sends the coding’s file, with a validator that answers 304', async () => {
    const res = await fetch(`${base}/a.html?c=gzip`, { headers: { 'accept-encoding': 'identity' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const etag = res.headers.get('etag')!;
    expect((await fetch(`${base}/a.html?c=gzip`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    const plain = await fetch(`${base}/a.html`);
    expect(await plain.text()).toBe('<p>a</p>'.repeat(100));
  });

  it('leaves a Range to sirv and a missing file to the next handler', async () => {
    expect(await (await fetch(`${base}/a.html`, { headers: { range: 'bytes=0-1' } })).text()).toBe('stream');
    expect(await (await fetch(`${base}/nope.html`)).text()).toBe('absent');
  });

  it('answers a name too long for the file system as absent, without throwing (it took the server down)', async () => {
    const res = await fetch(`${base}/${'a'.repeat(5000)}.html`);
    expect(await res.text()).toBe('absent');
  });
});
