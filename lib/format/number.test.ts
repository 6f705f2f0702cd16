import { describe, expect, it } from 'vitest';
import { formatNumber } from './number';

describe('formatNumber', () => {
  it('uses the numbering system of the locale table', () => {
    expect(formatNumber(12, 'ar')).toBe('12');
    expect(formatNumber(1234, 'en')).toBe('1,234');
  });
});
