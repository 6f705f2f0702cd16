import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { scheduleOf } from '../clock/schedule.mjs';
import { runtimeLeft, stripRuntime } from '../html/strip-runtime.mjs';
import { expireByClock, isErrorResponse, stripStoredPage } from './cache-handler.mjs';

describe('isErrorResponse', () => {
  it.each([
    [{ kind: 'APP_PAGE', status: 404 }, true],
    [{ kind: 'APP_ROUTE', status: 500 }, true],
    [{ kind: 'APP_ROUTE', status: 400 }, true],
    [{ kind: 'APP_PAGE', status: 200 }, false],
    [{ kind: 'APP_PAGE' }, false],
    [{ kind: 'APP_ROUTE', status: 308 }, false],
    [null, false],
    [undefined, false],
  ])('%j → %s', (value, expected) => {
    expect(isErrorResponse(value)).toBe(expected);
  });
});

describe('expireByClock', () => {
  const now = Date.now();
  // A briefing whose instant has just passed, in a build made an hour ago.
  const schedule = scheduleOf([now - 1_000], 'UTC', now - 3_600_000);
  const page = (lastModified: number) => ({ lastModified, value: { kind: 'APP_PAGE', html: '…' } });

  it('hands a page stored before the instant back as expired (lastModified -1: Next renders it before answering)', () => {
    const before = page(now - 60_000);
    expect(expireByClock(before, { kind: 'APP_PAGE' }, schedule)).toEqual({ ...before, lastModified: -1 });
    expect(expireByClock(page(now - 60_000), { kind: 'APP_ROUTE' }, schedule)?.lastModified).toBe(-1);
    expect(before.lastModified).toBe(now - 60_000); // the stored entry itself is not changed
  });

  it('leaves a page stored after it, the fetch cache, a miss, and everything without a schedule alone', () => {
    const after = page(now - 500);
    expect(expireByClock(after, { kind: 'APP_PAGE' }, schedule)).toBe(after);
    const fetched = page(now - 60_000);
    expect(expireByClock(fetched, { kind: 'FETCH' }, schedule)).toBe(fetched);
    expect(expireByClock(null, { kind: 'APP_PAGE' }, schedule)).toBeNull();
    const old = page(0);
    expect(expireByClock(old, { kind: 'APP_PAGE' }, null)).toBe(old);
  });
});

describe('stripStoredPage', () => {
  /** A briefing page as Next 16.4.6 rendered it, with its runtime. */
  const page = readFileSync('tests/fixtures/next/briefing.html', 'utf8');
  const entry = (html: string) => ({
    kind: 'APP_PAGE',
    html,
    rscData: Buffer.from('1:"$Sreact.fragment"'),
    segmentData: new Map([['/_tree', Buffer.from('tree')]]),
    status: 200,
    headers: {},
  });

  it('strips the page Next is storing in place: the object Next then answers the first request from', () => {
    const data = entry(page);
    expect(stripStoredPage('/route-cache/APP_PAGE/x/$/en/briefings/b', data)).toBe(true);
    expect(data.html).toBe(stripRuntime(page));
    expect(runtimeLeft(data.html)).toEqual([]);
    expect(data.rscData.length).toBe(0);
    expect([...data.segmentData.values()].map((b) => b.length)).toEqual([0]);
  });

  it('refuses (and logs in the one-line form) a page it cannot strip, leaving it as it was', () => {
    const bad = page.replace('</body>', '<button onclick="x()">x</button></body>');
    const data = entry(bad);
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(stripStoredPage('/en/briefings/b', data)).toBe(false);
      expect(log.mock.calls[0]![0]).toMatch(/^\[cache\] \/en\/briefings\/b:\d+:\d+: strip-runtime: an inline event handler \(onclick\)/);
    } finally {
      log.mockRestore();
    }
    expect(data.html).toBe(bad);
  });

  it('leaves everything but pages alone', () => {
    const route = { kind: 'APP_ROUTE', body: Buffer.from('<script>x</script>'), status: 200 };
    expect(stripStoredPage('/en/feed.xml', route)).toBe(true);
    expect(route.body.toString()).toBe('<script>x</script>');
    expect(stripStoredPage('/x', null)).toBe(true);
  });
});
