import type { Locale } from '../../../i18n/locales';
import { parseEditorDate } from '../dates';
import type { Frontmatter, Position } from '../frontmatter';
import { AUTHORS_FILE, briefingFields, PLACEHOLDER, textLimits, TOPICS_FILE, type FieldSpec } from '../schema';
import { visibleLength } from '../text';
import { checkCorrection, checkImage, checkSource, checkTranslationOf, isBefore, type FieldContext } from './nested-rules';
import { checkLive } from './live-rules';
import type { Report } from './report';
import { didYouMean } from './suggest';
import { dateProblem, describe, hasPlaceholder, placeholderPattern, typeWords } from './values';

type Fields = Record<string, FieldSpec>;

/** "Arabic", "English", "Persian": the check speaks English to every desk. */
const languageInEnglish = (locale: Locale | null) =>
  locale ? (new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale) : 'this language';

/**
 * Checks the frontmatter of one briefing (or, with `fields = pageFields`,
 * one site page) against the contract in ./schema.
 */
export function checkFields(fm: Frontmatter, ctx: FieldContext, report: Report, fields: Fields = briefingFields): void {
  const briefingFieldNames = Object.keys(fields);
  const data = fm.data ?? {};
  const at = (key: string) => fm.valuePositions.get(key) ?? fm.keyPositions.get(key) ?? { line: 1, column: 1 };

  for (const key of Object.keys(data)) {
    if (!(key in fields)) {
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
    const spec = fields[name]!;
    const value = data[name];
    if (value === undefined || value === null || value === '') {
      if (spec.required) {
        // `titel: …` on line 2 most likely is the missing title: say so.
        const misspelt = value === undefined ? Object.keys(data).find((k) => !(k in fields) && didYouMean(k, [name])) : undefined;
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
    checkFieldValue(name, spec, value, fm, ctx, report, at(name));
  }

  // A later date in `updated` is an update; an earlier one is a typo. Two
  // instants compare exactly; a day with anything compares by day.
  const date = parseEditorDate(data.date);
  const updated = parseEditorDate(data.updated);
  if (date && updated && isBefore(updated, date)) {
    report(
      'updated',
      at('updated'),
      `"updated" (${String(data.updated)}) is before "date" (${String(data.date)})`,
      'set updated to the time of the last substantive change, on or after date — or remove it',
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
  name: string,
  spec: FieldSpec,
  value: unknown,
  fm: Frontmatter,
  ctx: FieldContext,
  report: Report,
  position: Position,
): void {
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
          `the ${name} is ${length} characters; a ${name} in ${languageInEnglish(ctx.locale)} can be at most ${limit}, or share cards and search results cut it`,
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
          `write an existing date as YYYY-MM-DD, or with the time and its UTC offset as YYYY-MM-DDTHH:MM+03:00, e.g. ${spec.example.split(': ')[1]}`,
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
      if (name === 'authors') {
        const known = [...(ctx.authorIds ?? [])].sort();
        list.forEach((author, i) => {
          if (!ctx.authorIds?.has(author)) {
            const guess = didYouMean(author, known);
            report(
              'author',
              fm.positionOf(`authors.${i}`) ?? position,
              guess ? `unknown author "${author}" (did you mean "${guess}"?)` : `unknown author "${author}"`,
              `use one of: ${known.join(', ') || '(none declared)'} — or declare the author in content/${AUTHORS_FILE}`,
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
    case 'correction-list': {
      if (!Array.isArray(value)) return wrongType();
      value.forEach((correction, i) => checkCorrection(correction, i, fm, ctx, report, position));
      return;
    }
    case 'image': {
      if (typeof value !== 'object' || Array.isArray(value)) return wrongType();
      checkImage(value as Record<string, unknown>, fm, report, position);
      return;
    }
    case 'live': {
      if (typeof value !== 'object' || Array.isArray(value)) return wrongType();
      checkLive(value as Record<string, unknown>, fm, report, position);
      return;
    }
    case 'translation-of': {
      if (typeof value !== 'object' || Array.isArray(value)) return wrongType();
      checkTranslationOf(value as Record<string, unknown>, fm, ctx, report, position);
      return;
    }
  }
}
