import { locales } from '../../i18n/locales';
import { parseCalendarDate } from './dates';
import type { Diagnostic, Severity } from './diagnostic';
import { parseFrontmatter, type Frontmatter, type Position } from './frontmatter';
import {
  BRIEFINGS_DIR,
  briefingFieldNames,
  briefingFields,
  imageFields,
  SLUG_PATTERN,
  sourceFields,
  TOPICS_FILE,
  type BriefingField,
} from './schema';

/** What the rules need to know about the rest of the content. */
export type RuleContext = {
  topicIds: ReadonlySet<string>;
};

export type SourceFile = {
  /** Path relative to the repository root, forward slashes, e.g. content/briefings/ar/x.mdx. */
  path: string;
  raw: string;
};

type Report = (
  rule: string,
  position: Position | null,
  message: string,
  fix: string,
  severity?: Severity,
) => void;

function reporter(file: string, out: Diagnostic[]): Report {
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

/** Checks where a file under content/ sits and how it is named. */
export function checkLocation(path: string, report: Report): BriefingLocation | null {
  if (path.endsWith(`content/${TOPICS_FILE}`)) return null;
  const location = briefingLocation(path);
  if (!location) {
    report(
      'location',
      null,
      `this file is not where briefings live`,
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
    const suggestion = location.slug
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase();
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

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** Checks the frontmatter of one briefing against the contract in ./schema. */
export function checkFields(fm: Frontmatter, ctx: RuleContext, report: Report): void {
  const data = fm.data ?? {};
  const at = (key: string) => fm.valuePositions.get(key) ?? fm.keyPositions.get(key) ?? { line: 1, column: 1 };

  for (const key of Object.keys(data)) {
    if (!(key in briefingFields)) {
      report(
        'unknown-field',
        fm.keyPositions.get(key) ?? null,
        `unknown field "${key}"`,
        `remove it; the fields are: ${briefingFieldNames.join(', ')}`,
      );
    }
  }

  for (const name of briefingFieldNames) {
    const spec = briefingFields[name];
    const value = data[name];
    if (value === undefined || value === null || value === '') {
      if (spec.required) {
        report(
          'required',
          value === undefined ? { line: 1, column: 1 } : at(name),
          `the required field "${name}" (${spec.description}) is ${value === undefined ? 'missing' : 'empty'}`,
          `add a line such as ${spec.example.split('\n')[0]}`,
        );
      }
      continue;
    }
    checkFieldValue(name, value, fm, ctx, report, at(name));
  }
}

function checkFieldValue(
  name: BriefingField,
  value: unknown,
  fm: Frontmatter,
  ctx: RuleContext,
  report: Report,
  position: Position,
): void {
  const spec = briefingFields[name];
  const wrongType = () =>
    report(
      'type',
      position,
      `"${name}" should be ${typeWords[spec.type]}, but it is ${describe(value)}`,
      `write it like ${spec.example.split('\n')[0]}`,
    );

  switch (spec.type) {
    case 'string':
      if (typeof value !== 'string') return wrongType();
      if (!value.trim()) report('required', position, `"${name}" is blank`, `write the ${spec.description}`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') return wrongType();
      return;
    case 'date':
      if (typeof value !== 'string' && !(value instanceof Date)) return wrongType();
      if (parseCalendarDate(value) === null) {
        report(
          'date',
          position,
          `"${name}" is "${String(value)}", which is not a real calendar date`,
          `write an existing date as YYYY-MM-DD, e.g. ${spec.example.split(': ')[1]}`,
        );
      }
      return;
    case 'string-list': {
      const list = Array.isArray(value) ? value : null;
      if (!list || list.some((v) => typeof v !== 'string')) return wrongType();
      if (list.length === 0) {
        report('required', position, `"${name}" needs at least one entry`, `add one, e.g. ${spec.example}`);
        return;
      }
      if (name === 'topics') {
        list.forEach((topic, i) => {
          if (!ctx.topicIds.has(topic)) {
            report(
              'topic',
              fm.positionOf(`topics.${i}`) ?? position,
              `unknown topic "${topic}"`,
              `use one of: ${[...ctx.topicIds].sort().join(', ')} — or declare it in content/${TOPICS_FILE}`,
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
          report('unknown-field', fm.positionOf(`image.${key}`) ?? position, `unknown field "image.${key}"`, `an image has only: ${imageFields.join(', ')}`);
        }
      }
      if (typeof image.src !== 'string' || !image.src.trim()) {
        report('image', position, `the image has no "src"`, 'add src: /images/<file> or an https:// address');
      }
      if (typeof image.alt !== 'string' || !image.alt.trim()) {
        report('image-alt', position, `the image has no alt text`, 'add alt: "…" describing what the image shows, for readers who cannot see it');
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
      report('unknown-field', fm.positionOf(`sources.${i}.${key}`) ?? where, `unknown field "${key}" in source ${n}`, `a source has only: ${sourceFields.join(', ')}`);
    }
  }
  if (typeof entry.name !== 'string' || !entry.name.trim()) {
    report('source', where, `source ${n} has no name`, 'add name: the outlet or document, e.g. name: Reuters');
  }
  const url = entry.url;
  if (typeof url !== 'string' || !url.trim()) {
    report('source-url', where, `source ${n} has no url`, 'add url: the full https:// address of the report');
  } else if (!isHttpUrl(url.trim())) {
    report(
      'source-url',
      fm.positionOf(`sources.${i}.url`) ?? where,
      `source ${n} url "${url}" is not a web address`,
      'use the full address starting with https:// (or http://)',
    );
  }
}

/** All rules for one briefing file. */
export function checkBriefingFile(file: SourceFile, ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = reporter(file.path, out);
  const location = checkLocation(file.path, report);
  if (!location) return out;
  const fm = parseFrontmatter(file.raw);
  if (!fm) {
    report('frontmatter', null, 'the file has no frontmatter', 'start the file with a line `---`, the fields, and another `---` line (see EDITORS.md)');
    return out;
  }
  for (const error of fm.errors) {
    report('yaml', error.position, `the frontmatter is not valid YAML: ${error.message}`, 'check the indentation and quote titles that contain a colon');
  }
  if (fm.errors.length > 0) return out;
  checkFields(fm, ctx, report);
  return out;
}
