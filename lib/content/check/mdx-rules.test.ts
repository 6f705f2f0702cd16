import { describe, expect, it } from 'vitest';
import { checkBody, describeSyntaxError, type BodyContext, type LinkTarget } from './mdx-rules';

const briefings = new Map<string, LinkTarget>([
  ['en/published-one', { state: 'published', date: '2026-01-01' }],
  ['en/a-draft', { state: 'draft', date: '2026-01-01' }],
  ['en/coming-soon', { state: 'scheduled', date: '2026-12-24' }],
  ['ar/published-one', { state: 'published', date: '2026-01-01' }],
]);
const ctx: BodyContext = { briefings, topicIds: new Set(['china', 'trade']), isDraft: false, date: '2026-11-01' };

type Found = { rule: string; line: number; column: number; message: string; fix: string; severity: string };
function check(body: string, bodyLine = 1, context: Partial<BodyContext> = {}): Found[] {
  const out: Found[] = [];
  checkBody(body, bodyLine, { ...ctx, ...context }, (rule, p, message, fix, severity = 'error') =>
    out.push({ rule, line: p.line, column: p.column, message, fix, severity }),
  );
  return out;
}

describe('MDX syntax', () => {
  it('names the line of the unclosed tag, counted in the file, not the body', () => {
    const [d, ...rest] = check('Intro.\n\n<Callout>\nText.\n', 10);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'mdx-syntax', line: 12, column: 1 });
    expect(d!.message).toContain('(line 12)');
    expect(d!.fix).toContain('</Callout>');
  });

  it('explains HTML comments, stray braces and a mismatched closing tag', () => {
    expect(check('a <!-- note --> b\n')[0]!.fix).toContain('{/* your comment */}');
    expect(check('a {b\n')[0]!.fix).toContain('\\{');
    const [mismatch] = check('<Callout>\nhi\n</Calout>\n', 5);
    expect(mismatch).toMatchObject({ rule: 'mdx-syntax', line: 7 });
    expect(mismatch!.message).toContain('(line 5)');
  });

  it('keeps the message when the error is not an MDX one', () => {
    expect(describeSyntaxError(new Error('boom')).message).toContain('boom');
  });
});

describe('components', () => {
  it('accepts every component of the contract used as documented', () => {
    const body = [
      '<KeyPoints>\n- one\n</KeyPoints>',
      '<Quote by="A" role="B">Q</Quote>',
      '<Timeline title="T">\n  <Event date="2026-01">x</Event>\n  <Event date="2026-01-28">y</Event>\n</Timeline>',
      '<Figure src="/a.png" alt="A chart" caption="c" credit="d" width={600} height={400} />',
      '<Callout title="Why">z</Callout>',
      'Inline <bdi>H200</bdi> and <>a fragment</>.',
    ].join('\n\n');
    expect(check(body)).toEqual([]);
  });

  it('rejects an unknown component and suggests the right one', () => {
    const [d] = check('Text\n\n<Keypoints>\n- a\n</Keypoints>\n', 20);
    expect(d).toMatchObject({ rule: 'component', line: 22, column: 1 });
    expect(d!.message).toContain('did you mean "KeyPoints"?');
    expect(check('<Chart.Bar />')[0]).toMatchObject({ rule: 'component' });
  });

  it('rejects a missing required attribute and a misspelt optional one', () => {
    expect(check('<Quote>Q</Quote>')[0]).toMatchObject({ rule: 'component-attribute', message: '<Quote> needs by="…"' });
    expect(check('<Quote by="">Q</Quote>')[0]!.message).toContain('empty');
    const [typo] = check('<Figure src="/a.png" alt="x" captoin="c" />');
    expect(typo).toMatchObject({ rule: 'component-attribute' });
    expect(typo!.message).toContain('did you mean "caption"?');
  });

  it('accepts an attribute given as an expression or spread', () => {
    expect(check('<Quote by={"A"}>Q</Quote>')).toEqual([]);
    expect(check('<Figure {...props} />')).toEqual([]);
  });

  it('rejects an <Event> outside a <Timeline>, and an Event date that is not one', () => {
    expect(check('<Event date="2026-01">x</Event>')[0]).toMatchObject({ rule: 'component', message: '<Event> must be inside <Timeline>' });
    expect(check('<Timeline>\n<Event date="January">x</Event>\n</Timeline>')[0]).toMatchObject({ rule: 'component-attribute', line: 2 });
  });

  it('rejects imports and exports', () => {
    expect(check('import X from "./x.js"\n\nText\n', 9)[0]).toMatchObject({ rule: 'mdx-import', line: 9 });
  });
});

describe('alt text', () => {
  it('is required on Figure, Markdown images and <img>', () => {
    expect(check('<Figure src="/a.png" />')[0]).toMatchObject({ rule: 'alt' });
    expect(check('<Figure src="/a.png" alt="  " />')[0]).toMatchObject({ rule: 'alt' });
    expect(check('![](/a.png)')[0]).toMatchObject({ rule: 'alt' });
    expect(check('<img src="/a.png" />')[0]).toMatchObject({ rule: 'alt' });
    expect(check('![A chart](/a.png)\n\n<img src="/a.png" alt="A chart" />')).toEqual([]);
  });
});

describe('links inside the site', () => {
  it('accepts links to existing briefings and topics, with anchors and queries', () => {
    expect(
      check('[a](/en/briefings/published-one) [b](/ar/briefings/published-one#x) [c](/en/topics/china?x=1) [d](https://example.com/en/briefings/zzz)'),
    ).toEqual([]);
  });

  it('rejects a briefing or a topic that does not exist, suggesting the near one', () => {
    const [d] = check('See [x](/en/briefings/published-on).', 30);
    expect(d).toMatchObject({ rule: 'link', line: 30, column: 5 });
    expect(d!.fix).toBe('did you mean /en/briefings/published-one?');
    expect(check('[x](/ar/briefings/coming-soon)')[0]!.message).toContain('does not exist');
    expect(check('[x](/en/topics/chinese)')[0]).toMatchObject({ rule: 'link' });
    expect(check('[x](/fr/briefings/published-one)')[0]!.message).toContain('language');
    expect(check('[x][ref]\n\n[ref]: /en/briefings/nope')[0]).toMatchObject({ rule: 'link', line: 3 });
    expect(check('<a href="/en/briefings/nope">x</a>')[0]).toMatchObject({ rule: 'link' });
  });

  it('rejects a link to a draft from a briefing that is not one', () => {
    expect(check('[x](/en/briefings/a-draft)')[0]).toMatchObject({ rule: 'link', severity: 'error' });
    expect(check('[x](/en/briefings/a-draft)', 1, { isDraft: true })).toEqual([]);
  });

  it('warns about a link to a briefing scheduled after this one', () => {
    expect(check('[x](/en/briefings/coming-soon)')[0]).toMatchObject({ rule: 'link', severity: 'warning' });
    expect(check('[x](/en/briefings/coming-soon)', 1, { date: '2026-12-24' })).toEqual([]);
  });
});

describe('placeholders', () => {
  it('reports every line that still has TODO', () => {
    const found = check('- TODO: a point\n- fine\n\nTODO: text\n', 12);
    expect(found.map((d) => [d.rule, d.line, d.column])).toEqual([
      ['placeholder', 12, 3],
      ['placeholder', 15, 1],
    ]);
  });
  it('does not mistake a word that contains the letters for one', () => {
    expect(check('The TODOS list and todo are words.')).toEqual([]);
  });
});
