import { describe, expect, it } from 'vitest';
import { fontStack } from './stack';

// What next/font/local returns as `style.fontFamily`.
const faces = {
  arabic: ["'arabic', 'arabic Fallback', 'Noto Naskh Arabic', 'Geeza Pro', sans-serif"],
  latin: ["'latin', 'latin Fallback', system-ui, sans-serif", "'latinSupplement'"],
};

describe('fontStack', () => {
  it.each([
    ['arabic', "'arabic', 'latin', 'latinSupplement', 'arabic Fallback', 'Noto Naskh Arabic', 'Geeza Pro', sans-serif"],
    ['latin', "'latin', 'latinSupplement', 'arabic', 'latin Fallback', system-ui, sans-serif"],
  ] as const)('puts every web face before any fallback on a %s page', (script, stack) => {
    expect(fontStack(script, faces)).toBe(stack);
  });

  it.each(['arabic', 'latin'] as const)('on a %s page, no fallback or generic family (which covers every script) comes before a web face', (script) => {
    const stack = fontStack(script, faces).split(', ');
    const lastFace = Math.max(...["'arabic'", "'latin'", "'latinSupplement'"].map((f) => stack.indexOf(f)));
    expect(stack.slice(0, lastFace + 1)).toEqual(expect.not.arrayContaining(['sans-serif', 'system-ui', "'arabic Fallback'", "'latin Fallback'", "'Noto Naskh Arabic'"]));
  });
});
