import { parseCalendarDate } from '../dates';
import { PLACEHOLDER } from '../schema';

/** How the check names each field type in its messages. */
export const typeWords: Record<string, string> = {
  string: 'text',
  date: 'a date',
  boolean: 'true or false',
  'string-list': 'a list',
  'source-list': 'a list of sources',
  'correction-list': 'a list of corrections, each with a date and a text',
  image: 'an image with src and alt',
  live: 'the coverage\'s start (and end) on the next lines',
  'translation-of': 'the language and commit it was translated from (locale: and commit: on the next lines)',
};

/** What a value an editor wrote is, in words. */
export function describe(value: unknown): string {
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

/**
 * Whether an address is a site's home page (`https://www.reuters.com/`,
 * `https://example.com/en/`) rather than a report on it: no path beyond an
 * optional language segment, no query.
 */
export function homePageProblem(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const path = url.pathname.replace(/\/+$/, '');
  return !url.search && (path === '' || /^\/[a-z]{2}(?:-[a-z]{2})?$/i.test(path) || /^\/(?:index|home)(?:\.\w+)?$/i.test(path));
}

export const placeholderPattern = new RegExp(`\\b${PLACEHOLDER}\\b`);
/** Whether a value, or anything nested in it, still holds the template placeholder. */
export function hasPlaceholder(value: unknown): boolean {
  if (typeof value === 'string') return placeholderPattern.test(value);
  if (Array.isArray(value)) return value.some(hasPlaceholder);
  if (value && typeof value === 'object') return Object.values(value).some(hasPlaceholder);
  return false;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** What is wrong with a date an editor wrote, in words; null when it is fine. */
export function dateProblem(value: string): string | null {
  if (parseCalendarDate(value) !== null) return null;
  const text = value.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](.*))?$/.exec(text);
  if (!match) return 'is not written as YYYY-MM-DD';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `has no month ${match[2]} (months go from 01 to 12)`;
  if (day < 1 || day > daysIn(year, month)) return `does not exist: that month has ${daysIn(year, month)} days, not ${day}`;
  const time = match[4] ?? '';
  const clock = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(.*)$/.exec(time);
  if (!clock) return 'has a time not written as HH:MM after the T';
  if (Number(clock[1]) > 23 || Number(clock[2]) > 59 || Number(clock[3] ?? 0) > 59) return `has a time that does not exist (${clock[1]}:${clock[2]}; hours go from 00 to 23, minutes from 00 to 59)`;
  if (!clock[4]) return 'has a time but no UTC offset, so it names no exact moment';
  return `has an offset "${clock[4]}" that is not Z or +HH:MM / -HH:MM (at most 14 hours)`;
}
