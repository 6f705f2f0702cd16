import { locales, type Locale } from '../../../i18n/locales';
import { parseCalendarDate } from '../dates';
import type { Diagnostic, Severity } from './diagnostic';
import { normalizeSource, parseFrontmatter, type Frontmatter, type Position } from '../frontmatter';
import { checkBody, type LinkTarget } from './mdx-rules';
import type { RuleId } from './rule-catalogue';
import {
  BRIEFINGS_DIR,
  briefingFieldNames,
  briefingFields,
  imageFields,
  PLACEHOLDER,
  SLUG_PATTERN,
  sourceFields,
  textLimits,
  TOPICS_FILE,
  type BriefingField,
} from '../schema';
import { didYouMean } from './suggest';
import { visibleLength } from '../text';

/** What the rules need to know about the rest of the content. */
export type RuleContext = {
  topicIds: ReadonlySet<string>;
  /**
   * Every briefing of the corpus by `<locale>/<slug>`, for links between
   * briefings. Without it, every such link is reported as broken.
   */
  briefings?: ReadonlyMap<string, LinkTarget>;
};

export type SourceFile = {
  /** Path relative to the repository root, forward slashes, e.g. content/briefings/ar/x.mdx. */
  path: string;
  raw: string;
};

export type Report = (
  rule: RuleId,
  position: Position | null,
  message: string,
  fix: string,
  severity?: Severity,
) => void;

export function reporter(file: string, out: Diagnostic[]): Report {
  return (rule, position, message, fix, severity = 'error') => {
    out.push({
      file,
      line: position?.line ?? 1,
      column: position?.column ?? 1,
      rule,
      severity,
      message,
      fix,
    });
  };
}

/** Where a briefing lives: `content/briefings/<locale>/<slug>.mdx`. */
export type BriefingLocation = { locale: string; slug: string };

export function briefingLocation(path: string): BriefingLocation | null {
  const match = new RegExp(`(?:^|/)content/${BRIEFINGS_DIR}/([^/]+)/([^/]+)\\.mdx$`).exec(path);
  if (!match) return null;
  return { locale: match[1]!, slug: match[2]! };
}

/** A kebab-case slug close to what the editor typed: `China_Chips` → `china-chips`. */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

/** Checks where a file under content/ sits and how it is named. */
export function checkLocation(path: string, report: Report): BriefingLocation | null {
  if (path.endsWith(`content/${TOPICS_FILE}`)) return null;
  const location = briefingLocation(path);
  if (!location) {
    const hint = /\.mdx?$/.test(path) && !path.endsWith('.mdx') ? ' (briefings end in .mdx, not .md)' : '';
    report(
      'location',
      null,
      `this file is not where briefings live${hint}`,
      `move it to content/${BRIEFINGS_DIR}/{${locales.join(',')}}/<slug>.mdx, or delete it`,
    );
    return null;
  }
  if (!(locales as string[]).includes(location.locale)) {
    report(
      'location',
      null,
      `"${location.locale}" is not a language of this site`,
      `move the file into one of content/${BRIEFINGS_DIR}/{${locales.join(',')}}/`,
    );
    return null;
  }
  if (!SLUG_PATTERN.test(location.slug)) {
    const suggestion = suggestSlug(location.slug);
    report(
      'slug',
      null,
      `the file name "${location.slug}" is not a valid slug (ASCII lower-case words joined by hyphens)`,
      suggestion ? `rename the file to ${suggestion}.mdx (in both languages)` : 'rename the file with ASCII letters, digits and hyphens',
    );
  }
  return location;
}

const typeWords: Record<string, string> = {
  string: 'text',
  date: 'a date',
  boolean: 'true or false',
  'string-list': 'a list',
  'source-list': 'a list of sources',
  image: 'an image with src and alt',
};

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'boolean') return 'true/false';
  if (typeof value === 'number') return 'a number';
  return 'text';
}

/** Why a source url is not a web address, or null when it is one. */
export function urlProblem(value: string): string | null {
  if (/^\/|^\.\.?\//.test(value)) return 'is a relative address';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a web address';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `uses "${url.protocol}", not http(s)`;
  if (!url.hostname.includes('.')) return 'has no domain name';
  return null;
}

const placeholderPattern = new RegExp(`\\b${PLACEHOLDER}\\b`);
function hasPlaceholder(value: unknown): boolean {
  if (typeof value === 'string') return placeholderPattern.test(value);
  if (Array.isArray(value)) return value.some(hasPlaceholder);
  if (value && typeof value === 'object') return Object.values(value).some(hasPlaceholder);
  return false;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** What is wrong with a date an editor wrote, in words; null when it is fine. */
export function dateProblem(value: string): string | null {
  if (parseCalendarDate(value) !== null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return 'is not written as YYYY-MM-DD';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `has no month ${match[2]} (months go from 01 to 12)`;
  return `does not exist: that month has ${daysIn(year, month)} days, not ${day}`;
}

type FieldContext = RuleContext & { locale: Locale | null };

/** Checks the frontmatter of one briefing against the contract in ./schema. */
export function checkFields(fm: Frontmatter, ctx: FieldContext, report: Report): void {
  const data = fm.data ?? {};
  const at = (key: string) => fm.valuePositions.get(key) ?? fm.keyPositions.get(key) ?? { line: 1, column: 1 };

  for (const key of Object.keys(data)) {
    if (!(key in briefingFields)) {
      const guess = didYouMean(key, briefingFieldNames.filter((f) => !(f in data)));
      report(
        'unknown-field',
        fm.keyPositions.get(key) ?? null,
        guess ? `unknown field "${key}" (did you mean "${guess}"?)` : `unknown field "${key}"`,
        guess ? `rename it to ${guess}:` : `remove it; the fields are: ${briefingFieldNames.join(', ')}`,
      );
    }
  }

  for (const name of briefingFieldNames) {
    const spec = briefingFields[name];
    const value = data[name];
    if (value === undefined || value === null || value === '') {
      if (spec.required) {
        // `titel: …` on line 2 most likely is the missing title: say so.
        const misspelt = value === undefined ? Object.keys(data).find((k) => !(k in briefingFields) && didYouMean(k, [name])) : undefined;
        const misspeltAt = misspelt ? fm.keyPositions.get(misspelt) : undefined;
        report(
          'required',
          value === undefined ? { line: 1, column: 1 } : at(name),
          `the required field "${name}" (${spec.description}) is ${value === undefined ? 'missing' : 'empty'}`,
          misspelt
            ? `rename "${misspelt}" on line ${misspeltAt?.line ?? 1} to ${name}`
            : `${value === undefined ? 'add a line' : 'fill it in,'} such as ${spec.example.split('\n')[0]}`,
        );
      }
      continue;
    }
    if (hasPlaceholder(value)) {
      // Every placeholder line of the field, so none is found one run later.
      for (const position of placeholderPositions(fm, name, value)) {
        report(
          'placeholder',
          position ?? at(name),
          `"${name}" still has the ${PLACEHOLDER} placeholder from the template`,
          `replace it with ${name === 'sources' ? 'the name and https:// address of each source' : spec.description}`,
        );
      }
      continue;
    }
    checkFieldValue(name, value, fm, ctx, report, at(name));
  }

  // A later date in `updated` is a correction; an earlier one is a typo.
  const date = typeof data.date === 'string' ? parseCalendarDate(data.date) : null;
  const updated = typeof data.updated === 'string' ? parseCalendarDate(data.updated) : null;
  if (date && updated && updated < date) {
    report(
      'updated',
      at('updated'),
      `"updated" (${updated}) is before "date" (${date})`,
      'set updated to the day of the last substantive change, on or after date — or remove it',
      'warning',
    );
  }
}

/** Where each placeholder inside a field sits (a list entry, a source url…). */
function placeholderPositions(fm: Frontmatter, name: string, value: unknown): (Position | null)[] {
  const found: (Position | null)[] = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'string') {
      if (placeholderPattern.test(v)) found.push(fm.positionOf(path));
    } else if (Array.isArray(v)) {
      v.forEach((inner, i) => walk(inner, `${path}.${i}`));
    } else if (v && typeof v === 'object') {
      for (const [k, inner] of Object.entries(v)) walk(inner, `${path}.${k}`);
    }
  };
  walk(value, name);
  return found;
}

function checkFieldValue(
  name: BriefingField,
  value: unknown,
  fm: Frontmatter,
  ctx: FieldContext,
  report: Report,
  position: Position,
): void {
  const spec = briefingFields[name];
  const wrongType = () =>
    report(
      'type',
      position,
      `"${name}" should be ${typeWords[spec.type]}, but it is ${describe(value)}`,
      spec.type === 'string' && (typeof value === 'number' || typeof value === 'boolean')
        ? `put it in quotes: ${name}: "${String(value)}"`
        : `write it like ${spec.example.split('\n')[0]}`,
    );

  switch (spec.type) {
    case 'string': {
      if (typeof value !== 'string') return wrongType();
      if (!value.trim()) {
        report('required', position, `"${name}" is blank`, `write the ${spec.description}`);
        return;
      }
      const limits = (textLimits as Record<string, Record<string, number>>)[name];
      const limit = limits && ctx.locale ? limits[ctx.locale] : undefined;
      const length = visibleLength(value.trim());
      if (limit !== undefined && length > limit) {
        report(
          'length',
          position,
          `the ${name} is ${length} characters; ${ctx.locale === 'ar' ? 'an Arabic' : 'an English'} ${name} can be at most ${limit}, or share cards and search results cut it`,
          `shorten it by ${length - limit} characters or more`,
        );
      }
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') return wrongType();
      return;
    case 'date': {
      if (typeof value !== 'string') return wrongType();
      const problem = dateProblem(value);
      if (problem) {
        report(
          'date',
          position,
          `"${name}" is "${value}", which ${problem}`,
          `write an existing date as YYYY-MM-DD, e.g. ${spec.example.split(': ')[1]}`,
        );
      }
      return;
    }
    case 'string-list': {
      const list = Array.isArray(value) ? value : null;
      if (!list || list.some((v) => typeof v !== 'string')) return wrongType();
      if (list.length === 0) {
        report('required', position, `"${name}" needs at least one entry`, `add one, e.g. ${spec.example}`);
        return;
      }
      if (name === 'topics') {
        const known = [...ctx.topicIds].sort();
        list.forEach((topic, i) => {
          if (!ctx.topicIds.has(topic)) {
            const guess = didYouMean(topic, known);
            report(
              'topic',
              fm.positionOf(`topics.${i}`) ?? position,
              guess ? `unknown topic "${topic}" (did you mean "${guess}"?)` : `unknown topic "${topic}"`,
              `use one of: ${known.join(', ')} — or declare it in content/${TOPICS_FILE}`,
            );
          }
        });
      }
      return;
    }
    case 'source-list': {
      if (!Array.isArray(value)) return wrongType();
      if (value.length === 0) {
        report('required', position, `"sources" needs at least one source`, `add one, e.g. ${spec.example}`);
        return;
      }
      value.forEach((source, i) => checkSource(source, i, fm, report, position));
      return;
    }
    case 'image': {
      if (typeof value !== 'object' || Array.isArray(value)) return wrongType();
      const image = value as Record<string, unknown>;
      for (const key of Object.keys(image)) {
        if (!(imageFields as readonly string[]).includes(key)) {
          const guess = didYouMean(key, imageFields);
          report(
            'unknown-field',
            fm.positionOf(`image.${key}`) ?? position,
            `unknown field "image.${key}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
            `an image has only: ${imageFields.join(', ')}`,
          );
        }
      }
      if (typeof image.src !== 'string' || !image.src.trim()) {
        report('image', position, `the image has no "src"`, 'add src: /images/<file> or an https:// address');
      }
      if (typeof image.alt !== 'string' || !image.alt.trim()) {
        report('alt', position, `the image has no alt text`, 'add alt: "…" describing what the image shows, for readers who cannot see it');
      }
      return;
    }
  }
}

function checkSource(source: unknown, i: number, fm: Frontmatter, report: Report, fallback: Position): void {
  const where = fm.positionOf(`sources.${i}`) ?? fallback;
  const n = i + 1;
  if (!source || typeof source !== 'object' || Array.isArray(source)) {
    report('source', where, `source ${n} should have a name and a url`, 'write it as `- name: Reuters` with `url: https://…` on the next line');
    return;
  }
  const entry = source as Record<string, unknown>;
  for (const key of Object.keys(entry)) {
    if (!(sourceFields as readonly string[]).includes(key)) {
      const guess = didYouMean(key, sourceFields);
      report(
        'unknown-field',
        fm.positionOf(`sources.${i}.${key}`) ?? where,
        `unknown field "${key}" in source ${n}${guess ? ` (did you mean "${guess}"?)` : ''}`,
        `a source has only: ${sourceFields.join(', ')}`,
      );
    }
  }
  if (typeof entry.name !== 'string' || !entry.name.trim()) {
    report('source', where, `source ${n} has no name`, 'add name: the outlet or document, e.g. name: Reuters');
  }
  const url = entry.url;
  if (typeof url !== 'string' || !url.trim()) {
    report('source-url', typeof url === 'string' ? (fm.positionOf(`sources.${i}.url`) ?? where) : where, `source ${n} has no url`, 'add url: the full https:// address of the report');
    return;
  }
  const problem = urlProblem(url.trim());
  if (problem) {
    report(
      'source-url',
      fm.positionOf(`sources.${i}.url`) ?? where,
      `source ${n} url "${url}" ${problem}`,
      'use the full address of the report, starting with https:// (or http://)',
    );
  }
}

/** Why a file has no usable frontmatter, in words, with the line to look at. */
function missingFrontmatter(raw: string): { position: Position; message: string; fix: string } {
  const text = normalizeSource(raw);
  const template = 'npm run new:briefing -- <slug> writes a template';
  if (!text.trim()) return { position: { line: 1, column: 1 }, message: 'the file is empty', fix: `start it with the frontmatter (${template})` };
  const lines = text.split('\n');
  if (/^---[ \t]*$/.test(lines[0]!)) {
    return {
      position: { line: 1, column: 1 },
      message: 'the frontmatter opened on line 1 is never closed',
      fix: 'add a line with only --- after the last field',
    };
  }
  const fence = lines.findIndex((l) => /^---[ \t]*$/.test(l));
  if (fence > 0 && lines.slice(0, fence).every((l) => !l.trim())) {
    return {
      position: { line: fence + 1, column: 1 },
      message: 'the frontmatter must start on the very first line',
      fix: `delete the ${fence} empty line(s) above the first ---`,
    };
  }
  return {
    position: { line: 1, column: 1 },
    message: 'the file has no frontmatter',
    fix: `start the file with a line ---, the fields, and another --- line (${template}; EDITORS.md lists the fields)`,
  };
}

/**
 * A file saved in another encoding than UTF-8 (Windows-1256 is common for
 * Arabic) reads as replacement characters; UTF-16 as NUL bytes.
 */
function checkEncoding(raw: string, report: Report): void {
  const bad = /[\uFFFD\u0000]/.exec(raw);
  if (!bad) return;
  const before = raw.slice(0, bad.index);
  const line = before.split(/\r\n?|\n/).length;
  const column = bad.index - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  report('encoding', { line, column }, 'the file is not saved as UTF-8 text', 'save it again as "UTF-8" in your editor (not Windows-1256 or UTF-16)');
}

/**
 * All rules for one briefing file. `fm` may be passed when the caller has
 * parsed the file already (the corpus does, to know every briefing's state).
 */
export function checkBriefingFile(file: SourceFile, ctx: RuleContext, parsed?: Frontmatter | null): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = reporter(file.path, out);
  const location = checkLocation(file.path, report);
  if (!location) return out;
  checkEncoding(file.raw, report);
  const fm = parsed === undefined ? parseFrontmatter(file.raw) : parsed;
  if (!fm) {
    const { position, message, fix } = missingFrontmatter(file.raw);
    report('frontmatter', position, message, fix);
    return out;
  }
  for (const error of fm.errors) {
    report('yaml', error.position, `the frontmatter is not valid YAML: ${error.message}`, 'check the indentation, and put titles that contain a colon (:) or start with a quote in "double quotes"');
  }
  const locale = (locales as string[]).includes(location.locale) ? (location.locale as Locale) : null;
  const data = fm.errors.length === 0 ? (fm.data ?? {}) : {};
  if (fm.errors.length === 0) checkFields(fm, { ...ctx, locale }, report);
  // The body is checked even when the frontmatter is broken: every problem
  // of the file is reported in one run.
  checkBody(
    fm.body,
    fm.bodyLine,
    {
      briefings: ctx.briefings ?? new Map(),
      topicIds: ctx.topicIds,
      isDraft: data.draft === true,
      date: typeof data.date === 'string' ? parseCalendarDate(data.date) : null,
    },
    (rule, position, message, fix, severity) => report(rule, position, message, fix, severity),
  );
  return out;
}
