import { describe, expect, it } from 'vitest';
import { normalizeTerm } from './normalize';
import { hitView } from './result-view';

const doc = { title: 'China approves chips', summary: 'Beijing cleared Nvidia imports.', text: 'Later, Washington reacted to the news.' };
const marked = (segments: { text: string; match: boolean }[]) => segments.filter((s) => s.match).map((s) => s.text);

describe('hitView', () => {
  it('takes the excerpt from the summary when it matched there', () => {
    const v = hitView(doc, [normalizeTerm('nvidia')]);
    expect(marked(v.snippet.segments)).toEqual(['Nvidia']);
  });

  it('falls back to the body', () => {
    const v = hitView(doc, [normalizeTerm('washington')]);
    expect(marked(v.snippet.segments)).toEqual(['Washington']);
  });

  it('falls back to the summary’s opening for a match in the title or topics only', () => {
    const v = hitView(doc, [normalizeTerm('approves')]);
    expect(marked(v.title)).toEqual(['approves']);
    expect(v.snippet.segments).toEqual([{ text: doc.summary, match: false }]);
  });
});
