import { createProcessor } from '@mdx-js/mdx';
import type { Position } from '../frontmatter';
import { mdxComponentContract, PLACEHOLDER, type MdxComponentName } from '../schema';
import { checkLink, type BodyContext, type BodyReport } from './link-rules';
import { didYouMeanText } from './suggest';

export type { BodyContext, BodyReport, LinkTarget } from './link-rules';

type Point = { line: number; column: number };
type MdastNode = {
  type: string;
  name?: string | null;
  url?: string;
  alt?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastNode[];
  position?: { start: Point };
};

// One processor for every file: it is stateless between parses and costs
// more to create than a short briefing costs to parse. It parses exactly the
// MDX contentlayer compiles (no remark plugins are configured there).
let processor: ReturnType<typeof createProcessor> | null = null;
const parser = () => (processor ??= createProcessor({ format: 'mdx' }));

const componentNames = Object.keys(mdxComponentContract) as MdxComponentName[];
const isComponent = (name: string) => /^[A-Z]/.test(name) || name.includes('.');

/**
 * Checks the MDX body of a briefing: its syntax, its components and their
 * attributes, alt text, links to other briefings and topics, and leftover
 * placeholders. `bodyLine` is the file line where the body starts, so that
 * every position names the line the editor sees.
 */
export function checkBody(body: string, bodyLine: number, ctx: BodyContext, report: BodyReport): void {
  const at = (p: Point | undefined): Position => ({ line: (p?.line ?? 1) + bodyLine - 1, column: p?.column ?? 1 });

  checkPlaceholders(body, at, report);

  let tree: MdastNode;
  try {
    tree = parser().parse(body) as unknown as MdastNode;
  } catch (error) {
    // The MDX parser stops at its first syntax error, so a file has at most
    // one of these; every other file is still checked in the same run.
    const { position, message, fix } = describeSyntaxError(error, bodyLine);
    report('mdx-syntax', at(position), message, fix);
    return;
  }
  walk(tree, [], (node, ancestors) => checkNode(node, ancestors, ctx, at, report));
}

function walk(node: MdastNode, ancestors: MdastNode[], visit: (node: MdastNode, ancestors: MdastNode[]) => void): void {
  visit(node, ancestors);
  const next = [...ancestors, node];
  for (const child of node.children ?? []) walk(child, next, visit);
}

function checkPlaceholders(body: string, at: (p: Point) => Position, report: BodyReport): void {
  const pattern = new RegExp(`\\b${PLACEHOLDER}\\b`);
  body.split('\n').forEach((line, i) => {
    const match = pattern.exec(line);
    if (match) {
      report(
        'placeholder',
        at({ line: i + 1, column: match.index + 1 }),
        `the text still has a ${PLACEHOLDER} placeholder from the template`,
        `replace the ${PLACEHOLDER} line with your own text, or delete it`,
      );
    }
  });
}

type MdxError = { reason?: string; message?: string; ruleId?: string; line?: number; column?: number; place?: Point | { start: Point } };

/**
 * The parser's message, where it happened, and what an editor should do.
 * The parser counts lines from the start of the body; `bodyLine` turns the
 * positions it quotes into lines of the file.
 */
export function describeSyntaxError(error: unknown, bodyLine = 1): { position: Point; message: string; fix: string } {
  const e = (error ?? {}) as MdxError;
  const raw = (e.reason ?? e.message ?? String(error)).split('\n')[0]!;
  const place = e.place && 'start' in e.place ? e.place.start : e.place;
  // "Expected a closing tag for `<Callout>` (3:1-3:27)" is noticed where the
  // paragraph ends; the editor needs the tag that was opened.
  const opened = /^Expected a closing tag for `<[^`]*>` \((\d+):(\d+)-\d+:\d+\)/.exec(raw);
  const position = opened
    ? { line: Number(opened[1]), column: Number(opened[2]) }
    : { line: e.line ?? place?.line ?? 1, column: e.column ?? place?.column ?? 1 };
  const reason = raw.replace(/ \((\d+):\d+-\d+:\d+\)/g, (_, line: string) => ` (line ${Number(line) + bodyLine - 1})`);

  let fix = 'correct the MDX on this line (EDITORS.md, "MDX syntax", lists the usual causes)';
  if (e.ruleId === 'end-tag-mismatch' || e.ruleId === 'unexpected-closing-slash') {
    fix = 'close every component with its own closing tag, e.g. <Callout> … </Callout>, or end it with /> as in <Figure … />';
  } else if (/create a comment/.test(reason)) {
    fix = 'MDX has no <!-- --> comments: write {/* your comment */}';
  } else if (/create a link/.test(reason)) {
    fix = 'write a link as [text](https://…)';
  } else if (/attribute value/.test(reason)) {
    fix = 'write attribute values in quotes, and close each with the quote it opens with, e.g. title="…"';
  } else if (e.ruleId === 'unexpected-character') {
    fix = 'a < starts a component in MDX: to write the sign itself, put a space after it or write &lt;';
  } else if (/expression|brace/.test(reason) || e.ruleId === 'acorn') {
    fix = 'a { starts a code expression in MDX: to write a brace itself, write \\{ (or remove it)';
  }
  return { position, message: `the MDX cannot be read: ${reason}`, fix };
}

function attributeValue(node: MdastNode, name: string): { present: boolean; text: string | null } {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr) {
    // `{...props}` could carry anything: give it the benefit of the doubt.
    const spread = node.attributes?.some((a) => a.type === 'mdxJsxExpressionAttribute');
    return { present: Boolean(spread), text: null };
  }
  if (attr.value === null || attr.value === undefined) return { present: true, text: '' };
  if (typeof attr.value === 'string') return { present: true, text: attr.value };
  // An expression, e.g. alt={"…"}: present, its text unknown.
  return { present: true, text: null };
}

function checkNode(
  node: MdastNode,
  ancestors: MdastNode[],
  ctx: BodyContext,
  at: (p: Point | undefined) => Position,
  report: BodyReport,
): void {
  const where = at(node.position?.start);
  switch (node.type) {
    case 'mdxjsEsm':
      report(
        'mdx-import',
        where,
        'briefings cannot import or export code',
        `delete this line; the components ${componentNames.join(', ')} are available without an import`,
      );
      return;
    case 'image':
      if (!node.alt?.trim()) {
        report('alt', where, `the image ${node.url ?? ''} has no alt text`, 'describe what it shows between the brackets: ![a description](…), or use <Figure src="…" alt="…" />');
      }
      return;
    case 'link':
    case 'definition':
      if (node.url) checkLink(node.url, where, ctx, report);
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkElement(node, ancestors, ctx, where, report);
      return;
  }
}

function checkElement(node: MdastNode, ancestors: MdastNode[], ctx: BodyContext, where: Position, report: BodyReport): void {
  const name = node.name;
  if (!name) return; // a fragment <>…</>
  if (!isComponent(name)) {
    // Plain HTML: only what the components cannot do for it is checked.
    if (name === 'img') {
      const alt = attributeValue(node, 'alt');
      if (!alt.present || alt.text?.trim() === '') {
        report('alt', where, '<img> has no alt text', 'use <Figure src="…" alt="what the image shows" />');
      }
    }
    if (name === 'a') {
      const href = attributeValue(node, 'href');
      if (href.text) checkLink(href.text, where, ctx, report);
    }
    return;
  }
  if (!(name in mdxComponentContract)) {
    report(
      'component',
      where,
      `there is no component <${name}>${didYouMeanText(name, componentNames)}`,
      `use one of: ${componentNames.join(', ')} (see EDITORS.md), or write it as plain text`,
    );
    return;
  }
  const spec = mdxComponentContract[name as MdxComponentName];

  if (spec.parent) {
    const parent = [...ancestors].reverse().find((a) => a.type === 'mdxJsxFlowElement' || a.type === 'mdxJsxTextElement');
    if (parent?.name !== spec.parent) {
      report('component', where, `<${name}> must be inside <${spec.parent}>`, `wrap it in <${spec.parent}> … </${spec.parent}>`);
    }
  }

  for (const required of spec.required as readonly string[]) {
    const value = attributeValue(node, required);
    if (value.present && value.text?.trim() !== '') continue;
    if (required === 'alt') {
      report('alt', where, `<${name}> has no alt text`, `add alt="…" describing what the image shows, for readers who cannot see it`);
    } else {
      report(
        'component-attribute',
        where,
        `<${name}> needs ${required}="…"${value.present ? ' (it is empty)' : ''}`,
        `write it as ${componentExample(name as MdxComponentName)}`,
      );
    }
  }

  const known = [...spec.required, ...spec.optional] as string[];
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name || known.includes(attr.name)) continue;
    report(
      'component-attribute',
      where,
      `<${name}> has no attribute "${attr.name}"${didYouMeanText(attr.name, known)}`,
      known.length ? `${name} takes: ${known.join(', ')}` : `remove it: <${name}> takes no attributes`,
    );
  }

  if (name === 'Event') {
    const date = attributeValue(node, 'date').text;
    if (date && !/^\d{4}-\d{2}(?:-\d{2})?$/.test(date.trim())) {
      report('component-attribute', where, `<Event date="${date}"> is not a date`, 'write date="YYYY-MM-DD", or date="YYYY-MM" when only the month is known');
    }
  }
}

/** The example EDITORS.md gives for each component, used in fix-it messages. */
export const componentExamples: Record<MdxComponentName, string> = {
  KeyPoints: '<KeyPoints>\n- …\n</KeyPoints>',
  Quote: '<Quote by="Jensen Huang" role="Nvidia CEO">…</Quote>',
  Timeline: '<Timeline>\n  <Event date="2026-01">…</Event>\n</Timeline>',
  Event: '<Event date="2026-01-28">…</Event>',
  Figure: '<Figure src="/images/h200.jpg" alt="An Nvidia H200 board" caption="…" credit="…" />',
  Callout: '<Callout title="Why it matters">…</Callout>',
  Update: '<Update id="minister-resigns" time="2026-01-28T14:05+03:00" keyEvent>…</Update>',
};

function componentExample(name: MdxComponentName): string {
  return componentExamples[name].split('\n')[0]!;
}
