import { describe, expect, it } from 'vitest';
import { isMalformedPath } from './path';

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
