import { describe, expect, it } from 'vitest';
import { scheduleOf } from '../clock/schedule.mjs';
import { expireByClock, isErrorResponse } from './cache-handler.mjs';

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
