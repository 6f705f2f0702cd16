import { afterEach, describe, expect, it } from 'vitest';
import { GET } from './route';

const saved = process.env.INDEXNOW_KEY;
afterEach(() => {
  if (saved === undefined) delete process.env.INDEXNOW_KEY;
  else process.env.INDEXNOW_KEY = saved;
});

describe('/indexnow.txt', () => {
  it('answers the key from the environment, as plain text', async () => {
    process.env.INDEXNOW_KEY = 'fixture-key-0123456789';
    const res = GET();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toBe('fixture-key-0123456789');
  });
  it('is a 404 without a key, or with one IndexNow would refuse', async () => {
    delete process.env.INDEXNOW_KEY;
    expect(GET().status).toBe(404);
    process.env.INDEXNOW_KEY = 'short';
    expect(GET().status).toBe(404);
    process.env.INDEXNOW_KEY = 'has spaces in it <script>';
    expect(GET().status).toBe(404);
  });
});
