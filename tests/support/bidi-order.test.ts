import { describe, expect, it } from 'vitest';
import { ISOLATE, misorderedValues, visualOrder, type Paragraph } from './bidi-order';

/** A paragraph of parts; a part with a label is a value, wrapped in an isolate when asked. */
function paragraph(dir: 'ltr' | 'rtl', parts: (string | { value: string; isolate?: keyof typeof ISOLATE })[]): Paragraph {
  let text = '';
  const spans: Paragraph['spans'] = [];
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    if (part.isolate) text += ISOLATE[part.isolate];
    spans.push({ start: text.length, end: text.length + part.value.length, label: part.value });
    text += part.value;
    if (part.isolate) text += ISOLATE.end;
  }
  return { text, dir, spans };
}

describe('visualOrder', () => {
  it('reverses an Arabic word and keeps a Latin run left to right inside it', () => {
    const text = 'رقاقة H200';
    const drawn = visualOrder(text, 'rtl')
      .map((i) => text[i])
      .join('');
    expect(drawn).toBe('H200 ةقاقر');
  });
});

describe('misorderedValues', () => {
  const title = 'رقائق إنفيديا H200';
  const date = '28 يناير 2026';

  it('finds the /ar/topics bug: the date’s day drawn inside a headline ending in Latin and digits', () => {
    const problems = misorderedValues(paragraph('rtl', ['الأحدث: ', { value: title }, ' ', { value: date }]));
    expect(problems.join('\n')).toMatch(/«رقائق إنفيديا H200» is broken up/);
  });

  it('passes the same line once the headline and the date are isolated', () => {
    expect(misorderedValues(paragraph('rtl', ['الأحدث: ', { value: title, isolate: 'auto' }, ' ', { value: date, isolate: 'auto' }]))).toEqual([]);
  });

  it('finds digits after a Latin name joining it, and an Arabic name in an English line out of order', () => {
    expect(misorderedValues(paragraph('rtl', ['بقلم ', { value: 'Reuters' }, ' ', { value: '2026' }, ' دقائق']))).not.toEqual([]);
    const english = paragraph('ltr', ['By ', { value: 'فريق موجز' }, ' ', { value: 'موجز' }]);
    expect(misorderedValues(english).join('\n')).toMatch(/wrong side/);
    expect(misorderedValues(paragraph('ltr', ['By ', { value: 'فريق موجز', isolate: 'auto' }, ' ', { value: 'موجز', isolate: 'auto' }]))).toEqual([]);
  });

  it('accepts a Latin-only title in an Arabic line when isolated, and ignores the spaces around a value', () => {
    expect(misorderedValues(paragraph('rtl', ['الأحدث: ', { value: ' Nvidia H200 ', isolate: 'auto' }, { value: '3', isolate: 'auto' }, ' إيجازات']))).toEqual([]);
  });
});
