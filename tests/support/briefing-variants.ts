import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileSync } from '@mdx-js/mdx';
import fc from 'fast-check';
import { parse } from 'yaml';
import { isLocale } from '../../i18n/locales';
import { parseFrontmatter } from '../../lib/content/frontmatter';

/**
 * fast-check arbitraries for the differential test of the two readers of a
 * briefing (lib/content/reader-agreement.build.test.ts): variants of real
 * briefings, written the many ways an editor's YAML may be written. Each
 * variant says what it is (`kind`, below).
 */

export type Base = { name: string; locale: string; data: Record<string, unknown>; body: string };

/** A date whose day is a real one (a base must have a date to vary). */
const realDay = (date: unknown): boolean => {
  if (typeof date !== 'string') return false;
  const time = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === date.slice(0, 10);
};

/**
 * A body contentlayer2 can compile. The variants vary the frontmatter; a
 * broken body (the corpus fixture has some) would stop contentlayer2's whole
 * run, and the check's MDX rules are tested on their own (lib/content/check).
 */
function compiles(body: string): boolean {
  if (/^(import|export)\s/m.test(body)) return false;
  try {
    compileSync(body);
    return true;
  } catch {
    return false;
  }
}

/** Every briefing with frontmatter in these folders (each `<dir>/<locale>/<slug>.mdx`), parsed. */
export function readBases(dirs: readonly string[]): Base[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && isLocale(d.name))
      .flatMap((d) =>
        readdirSync(join(dir, d.name))
          .filter((f) => f.endsWith('.mdx'))
          .flatMap((f) => {
            const fm = parseFrontmatter(readFileSync(join(dir, d.name, f), 'utf8'));
            return fm?.data && fm.errors.length === 0 && realDay(fm.data.date) && compiles(fm.body) && Array.isArray(fm.data.sources) && Array.isArray(fm.data.topics)
              ? [{ name: `${d.name}/${f}`, locale: d.name, data: fm.data, body: fm.body }]
              : [];
          }),
      ),
  );
}

type Style = 'plain' | 'single' | 'double' | 'folded' | 'literal';
const styles: Style[] = ['plain', 'single', 'double', 'folded', 'literal'];

/** A YAML node as text: the text after `key:` (starting with a separator or a block header). */
type Emit = (indent: string) => { head: string; lines: string[] };

/** A YAML value written as it is (a boolean, say). */
const raw =
  (text: string, sep: string): Emit =>
  () => ({ head: `${sep}${text}`, lines: [] });

/** A string written in `style`; falls back to double quotes where the style cannot hold it exactly. */
function scalar(value: string, style: Style, sep: string): Emit {
  const plainOk = (() => {
    try {
      return parse(`k: ${value}`)?.k === value && !/[\t]|^\s|\s$/.test(value);
    } catch {
      return false;
    }
  })();
  const blockOk = !/\n|^\s|\s$|\s\s|\t/.test(value) && value.length > 0;
  return (indent) => {
    if (style === 'plain' && plainOk) return { head: `${sep}${value}`, lines: [] };
    if (style === 'single') return { head: `${sep}'${value.replace(/'/g, "''")}'`, lines: [] };
    if (style === 'folded' && blockOk) {
      const words = value.split(' ');
      const lines: string[] = [];
      for (let i = 0; i < words.length; i += 6) lines.push(`${indent}  ${words.slice(i, i + 6).join(' ')}`);
      return { head: `${sep}>-`, lines };
    }
    if (style === 'literal' && blockOk) return { head: `${sep}|-`, lines: [`${indent}  ${value}`] };
    return { head: `${sep}${JSON.stringify(value)}`, lines: [] };
  };
}

const styleArb = fc.constantFrom(...styles);
const sepArb = fc.constantFrom(' ', ' ', ' ', '\t', '  ');
/** Present or absent, half and half. */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { freq: 2 });
const commentArb = fc.option(fc.constantFrom('# note', '#', '# ملاحظة', '# key: value'), { freq: 4 });

/** A date written as day, or with a time and an offset (and with no offset, which the check refuses). */
const dateArb = (day: string) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(day) },
    { weight: 4, arbitrary: fc.constantFrom('T09:30+03:00', 'T00:00+03:00', 'T23:59:59+03:00', 'T07:15Z', 'T08:00-05:00', 'T10:05:30.5+01:00').map((t) => `${day}${t}`) },
    { weight: 1, arbitrary: fc.constantFrom('T09:30', 'T09:30:00').map((t) => `${day}${t}`) },
  );

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

type Entry = { key: string; emit: Emit };

/** A mapping's entries as block lines, with optional comments and trailing whitespace. */
function block(entries: Entry[], indent: string, comments: (string | null)[], trailing: string[]): string[] {
  return entries.flatMap((e, i) => {
    const { head, lines } = e.emit(indent);
    const comment = comments[i % comments.length];
    const out: string[] = [];
    if (comment && i % 2 === 0) out.push(`${indent}${comment}`);
    const inline = comment && i % 2 === 1 && lines.length === 0 && !head.endsWith(':') ? ` ${comment}` : '';
    out.push(`${indent}${e.key}:${head}${inline}${trailing[i % trailing.length] ?? ''}`);
    return [...out, ...lines];
  });
}

const listOf =
  (items: Emit[], flow: boolean, sep: string): Emit =>
  (indent) => {
    if (flow) return { head: `${sep}[${items.map((emit) => emit('').head.trim()).join(', ')}]`, lines: [] };
    return {
      head: '',
      lines: items
        .map((emit) => {
          const { head, lines } = emit(`${indent}  `);
          return [`${indent}- ${head.trimStart()}`, ...lines];
        })
        .flat(),
    };
  };

const objects =
  (entries: Entry[][], trailing: string[]): Emit =>
  (indent) => ({
    head: '',
    lines: entries.flatMap((obj) => {
      const lines = block(obj, `${indent}    `, [null], trailing);
      return [`${indent}  - ${lines[0]!.trimStart()}`, ...lines.slice(1)];
    }),
  });

const mapping =
  (entries: Entry[], trailing: string[]): Emit =>
  (indent) => ({ head: '', lines: block(entries, `${indent}  `, [null], trailing) });

/**
 * `valid`: meant to pass the check; `invalid`: breaks a rule contentlayer2
 * knows too (a required field, a type); `check-only`: breaks a rule only the
 * check knows (contentlayer2 compiles a source without a name, logging at
 * most "Inconsistent data found").
 */
export type Variant = { kind: 'valid' | 'invalid' | 'check-only'; text: string; what: string };

/** Variants of one real briefing. */
export function variantOf(base: Base): fc.Arbitrary<Variant> {
  const d = base.data;
  const day = String(d.date).slice(0, 10);
  const sources = (d.sources as Record<string, unknown>[]) ?? [];
  const topics = (d.topics as string[]) ?? [];
  return fc
    .record({
      order: fc.shuffledSubarray(Object.keys({ title: 1, summary: 1, date: 1, updated: 1, topics: 1, authors: 1, sources: 1, corrections: 1, draft: 1, image: 1 }), { minLength: 10, maxLength: 10 }),
      styles: fc.array(styleArb, { minLength: 12, maxLength: 12 }),
      seps: fc.array(sepArb, { minLength: 4, maxLength: 4 }),
      comments: fc.array(commentArb, { minLength: 3, maxLength: 3 }),
      trailing: fc.array(fc.constantFrom('', '', '', ' ', '  ', '\t'), { minLength: 3, maxLength: 3 }),
      date: dateArb(day),
      dateStyle: fc.constantFrom<Style>('plain', 'plain', 'single', 'double'),
      updated: maybe(fc.integer({ min: 0, max: 30 }).chain((n) => dateArb(addDays(day, n)))),
      topicCount: fc.integer({ min: 1, max: Math.max(1, topics.length) }),
      flowTopics: fc.boolean(),
      authors: maybe(fc.constant(['mawjaz-desk'])),
      sourceOrders: fc.array(fc.boolean(), { minLength: sources.length, maxLength: sources.length }),
      sourceTitle: maybe(fc.constantFrom('A report', 'Report: “quoted”', "It's the report", 'تقرير رويترز')),
      corrections: maybe(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 20 }), fc.constantFrom('An earlier version gave the wrong number.', 'صُحّح الرقم: كان 200 ألف.', "The chips' count was wrong: fixed.")), {
          minLength: 1,
          maxLength: 2,
        }),
      ),
      draft: maybe(fc.constantFrom('true', 'false', 'True', 'FALSE')),
      image: maybe(fc.record({ caption: maybe(fc.constant('The board at a fair')), credit: maybe(fc.constant('Reuters')), flow: fc.boolean() })),
      fence: fc.constantFrom('---', '---', '--- ', '---\t'),
      eol: fc.constantFrom('\n', '\n', '\r\n', '\r\n', '\r'),
      bom: fc.boolean(),
      breakIt: fc.oneof(
        { weight: 9, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constantFrom('drop-title', 'drop-date', 'drop-sources', 'topics-scalar', 'draft-text', 'source-no-name') },
      ),
    })
    .map((v) => {
      const s = (i: number) => v.styles[i % v.styles.length]!;
      const sep = (i: number) => v.seps[i % v.seps.length]!;
      const fields: Record<string, Emit | null> = {
        title: scalar(String(d.title), s(0), sep(0)),
        summary: scalar(String(d.summary), s(1), sep(1)),
        date: scalar(v.date, v.dateStyle, sep(2)),
        updated: v.updated === null ? null : scalar(v.updated, v.dateStyle, sep(3)),
        topics:
          v.breakIt === 'topics-scalar'
            ? scalar(topics[0]!, 'plain', ' ')
            : listOf(
                topics.slice(0, v.topicCount).map((t, i) => scalar(t, i % 2 ? 'plain' : s(2) === 'single' ? 'single' : 'plain', ' ')),
                v.flowTopics,
                sep(0),
              ),
        authors:
          v.authors === null
            ? null
            : listOf(
                v.authors.map((a) => scalar(a, 'plain', ' ')),
                !v.flowTopics,
                sep(1),
              ),
        sources: objects(
          sources.map((src, i) => {
            const entries: Entry[] = Object.entries({ ...src, ...(v.sourceTitle !== null && i === 0 ? { title: v.sourceTitle } : {}) })
              .filter(([k]) => !(v.breakIt === 'source-no-name' && k === 'name'))
              .map(([k, value], j) => ({ key: k, emit: scalar(String(value), k === 'date' ? v.dateStyle : s(3 + j), sep(j)) }));
            return v.sourceOrders[i] ? entries.reverse() : entries;
          }),
          v.trailing,
        ),
        corrections:
          v.corrections === null
            ? null
            : objects(
                v.corrections.map(([n, text], i) => [
                  { key: 'date', emit: scalar(addDays(day, n), v.dateStyle, ' ') },
                  { key: 'text', emit: scalar(text, s(5 + i), ' ') },
                ]),
                v.trailing,
              ),
        draft: v.breakIt === 'draft-text' ? raw('yes', ' ') : v.draft === null ? null : raw(v.draft, sep(2)),
        image:
          v.image === null
            ? null
            : (() => {
                const img = { src: '/images/x900.jpg', alt: 'An Nvidia H200 board', ...(v.image.caption ? { caption: v.image.caption } : {}), ...(v.image.credit ? { credit: v.image.credit } : {}) };
                if (v.image.flow)
                  return () => ({
                    head: ` { ${Object.entries(img)
                      .map(([k, x]) => `${k}: ${JSON.stringify(x)}`)
                      .join(', ')} }`,
                    lines: [],
                  });
                return mapping(
                  Object.entries(img).map(([k, x], j) => ({ key: k, emit: scalar(x, s(7 + j), ' ') })),
                  v.trailing,
                );
              })(),
      };
      if (v.breakIt === 'drop-title') fields.title = null;
      if (v.breakIt === 'drop-date') fields.date = null;
      if (v.breakIt === 'drop-sources') fields.sources = null;
      const entries = v.order.flatMap((key) => (fields[key] ? [{ key, emit: fields[key]! }] : []));
      const yamlLines = block(entries, '', v.comments, v.trailing);
      const text = [v.fence, ...yamlLines, v.fence, '', ...base.body.replace(/^\n/, '').split('\n')].join('\n');
      const what = [base.name, v.eol === '\r\n' ? 'CRLF' : v.eol === '\r' ? 'CR' : 'LF', v.bom ? 'BOM' : null, v.breakIt].filter(Boolean).join(' ');
      const kind = v.breakIt === 'source-no-name' ? 'check-only' : v.breakIt ? 'invalid' : 'valid';
      return { kind, text: `${v.bom ? '\uFEFF' : ''}${text.replace(/\n/g, v.eol)}`, what } as Variant;
    });
}
