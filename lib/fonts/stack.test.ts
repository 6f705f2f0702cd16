import { describe, expect, it } from 'vitest';
import { fontStack } from './stack';

// What next/font/local returns as `style.fontFamily`.
const faces = {
  arabic: ["'arabic', 'arabic Fallback'"],
  latin: ["'latin', 'latin Fallback'", "'latinSupplement'"],
};

describe('fontStack', () => {
  it.each([
    ['arabic', "'arabic', 'latin', 'latinSupplement', 'arabic Fallback', sans-serif"],
    ['latin', "'latin', 'latinSupplement', 'arabic', 'latin Fallback', sans-serif"],
  ] as const)('puts every web face before any fallback on a %s page', (script, stack) => {
    expect(fontStack(script, faces)).toBe(stack);
  });

  it('never lets a fallback (Arial covers Latin) come before the other script’s face', () => {
    const stack = fontStack('arabic', faces).split(', ');
    expect(stack.indexOf("'latin'")).toBeLessThan(stack.indexOf("'arabic Fallback'"));
  });
});
