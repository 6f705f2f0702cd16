import { describe, expect, inject, it } from 'vitest';
import { runWrk } from '../../scripts/support/wrk';
import { LEAD } from '../support/fixture-site';

/**
 * A bounded load test, loopback only: 100 connections for 30 s on each
 * target against `next start`, through Debian's wrk (it must be installed:
 * apt-get install -y wrk). Zero socket errors, zero timeouts, zero non-2xx
 * or 3xx answers. Throughput is reported, never asserted (speed belongs in
 * `npm run bench:serve`). LOAD_SECONDS shortens it while working on tests.
 */
const baseURL = inject('baseURL');
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);

const targets: [string, string][] = [
  ['a briefing', `/ar/briefings/${LEAD.slug}`],
  ['a home page', '/en'],
  // Rendered per query: the slowest page of the site.
  ['a search', `/ar/search?q=${encodeURIComponent('انفيديا')}`],
];

describe('under load (wrk, 100 connections)', () => {
  it.each(targets)(
    `%s (%s) for ${SECONDS} s: no errors, no timeouts`,
    async (_name, path) => {
      const result = await runWrk(`${baseURL}${path}`, {
        seconds: SECONDS,
        connections: 100,
        threads: 2,
        timeoutSeconds: 10,
        headers: { 'Accept-Encoding': 'gzip' },
      });
      console.log(`${path}: ${result.requests} requests, ${result.requestsPerSecond} req/s`);
      expect(result.requests).toBeGreaterThan(0);
      expect(result.socketErrors, result.raw).toEqual({ connect: 0, read: 0, write: 0, timeout: 0 });
      expect(result.non2xx3xx, result.raw).toBe(0);
      // …and it still answers.
      expect((await fetch(`${baseURL}${path}`)).status).toBe(200);
    },
    (SECONDS + 60) * 1000,
  );
});
