import { describe, expect, it } from 'vitest';
import { briefingAlternates, everywhere } from './alternates';
import { paths } from './paths';

describe('alternates', () => {
  it('links every language for pages that exist everywhere', () => {
    expect(everywhere(paths.home)).toEqual([
      { locale: 'ar', href: '/ar', available: true },
      { locale: 'en', href: '/en', available: true },
    ]);
  });

  it('links a translated briefing to its twin', () => {
    expect(briefingAlternates('x', ['ar', 'en'])).toEqual([
      { locale: 'ar', href: '/ar/briefings/x', available: true },
      { locale: 'en', href: '/en/briefings/x', available: true },
    ]);
  });

  it("falls back to the other language's home when there is no twin", () => {
    expect(briefingAlternates('x', ['ar'])).toEqual([
      { locale: 'ar', href: '/ar/briefings/x', available: true },
      { locale: 'en', href: '/en', available: false },
    ]);
  });
});
