import { describe, expect, it } from 'vitest';
import { isMalformedPath, normalPath } from './malformed-path';

describe('isMalformedPath', () => {
  it('accepts ordinary and well-encoded paths', () => {
    expect(isMalformedPath('/ar/briefings/fixture-china-approves-nvidia-x900')).toBe(false);
    expect(isMalformedPath('/ar/%D9%85%D9%88%D8%AC%D8%B2')).toBe(false);
    expect(isMalformedPath('/ar/briefings/a%2Fb')).toBe(false);
  });

  it('flags what cannot be decoded', () => {
    expect(isMalformedPath('/ar/briefings/%ZZ')).toBe(true);
    expect(isMalformedPath('/%')).toBe(true);
    expect(isMalformedPath('/ar/briefings/%C0%AF')).toBe(true);
    expect(isMalformedPath('/ar/%E0%A4%A')).toBe(true);
  });
});

describe('normalPath', () => {
  it('decodes percent-encoded unreserved characters only', () => {
    expect(normalPath('/%65n')).toBe('/en');
    expect(normalPath('/%61%72/briefings/a%2Db%5Fc%7E')).toBe('/ar/briefings/a-b_c~');
    expect(normalPath('/ar/%D9%85%D9%88')).toBeNull();
    expect(normalPath('/ar/briefings/a%2Fb')).toBeNull();
    expect(normalPath('/en')).toBeNull();
  });

  it('leaves dot segments spelled in percent-encoding to the 404', () => {
    expect(normalPath('/%2e%2e/etc')).toBeNull();
    expect(normalPath('/ar/%2E')).toBeNull();
  });
});
