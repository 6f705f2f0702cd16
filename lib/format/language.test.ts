import { describe, expect, it } from 'vitest';
import { languageName } from './language';

describe('languageName', () => {
  it('names a language as readers of another say it', () => {
    expect(languageName('en', 'ar')).toBe('الإنجليزية');
    expect(languageName('ar', 'en')).toBe('Arabic');
  });
});
