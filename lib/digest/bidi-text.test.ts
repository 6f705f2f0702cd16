import bidiFactory from 'bidi-js';
import { describe, expect, it } from 'vitest';
import { FSI, markLines, PDI, RLM, rtlParagraph } from './bidi-text';

const bidi = bidiFactory();
/** The paragraph direction a plain-text reader picks (UAX #9 P2–P3, no direction given). */
const direction = (text: string) => (bidi.getEmbeddingLevels(text).paragraphs[0]!.level % 2 === 1 ? 'rtl' : 'ltr');

describe('rtlParagraph', () => {
  it.each([
    ['H200 رقاقة من إنفيديا', `${RLM}${FSI}H200${PDI} رقاقة من إنفيديا`],
    ['2026 عام الرقائق', `${RLM}2026 عام الرقائق`],
    ['• Nvidia تبيع الرقائق', `${RLM}• ${FSI}Nvidia${PDI} تبيع الرقائق`],
    ['قال Jensen Huang إن الشركة', `قال ${FSI}Jensen Huang${PDI} إن الشركة`],
    ['رقائق H200، وU.S. أيضًا.', `رقائق ${FSI}H200${PDI}، و${FSI}U.S${PDI}. أيضًا.`],
  ])('%s', (input, marked) => {
    expect(rtlParagraph(input)).toBe(marked);
    expect(direction(rtlParagraph(input))).toBe('rtl');
  });

  it('marks a URL alone with an RLM only, so that no isolate ends up inside a link', () => {
    expect(rtlParagraph('https://example.com/ar/digest/2026-01-28')).toBe(`${RLM}https://example.com/ar/digest/2026-01-28`);
  });

  it('without the marks, such paragraphs read left to right (what the marks are for)', () => {
    expect(direction('H200 رقاقة من إنفيديا')).toBe('ltr');
    expect(direction('• Nvidia تبيع الرقائق')).toBe('ltr');
  });
});

describe('markLines', () => {
  it('marks every non-empty line of an Arabic text, so each reads right to left', () => {
    const text = 'موجز\n\nhttps://example.com/x\n1. عنوان\nOpenAI تعلن';
    const out = markLines(text, 'rtl');
    for (const line of out.split('\n').filter((l) => l.trim())) expect(direction(line)).toBe('rtl');
    expect(out.split('\n')[1]).toBe('');
  });

  it('leaves a left-to-right text as it is', () => {
    expect(markLines('1. Title\nH200', 'ltr')).toBe('1. Title\nH200');
  });
});
