import { describe, expect, it } from 'vitest';
import { isErrorResponse } from './cache-handler.mjs';

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
