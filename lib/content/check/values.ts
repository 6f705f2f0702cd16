import { parseCalendarDate } from '../dates';
import { PLACEHOLDER } from '../schema';

/** How the check names each field type in its messages. */
export const typeWords: Record<string, string> = {
  string: 'text',
  date: 'a date',
  boolean: 'true or false',
  'string-list': 'a list',
  'source-list': 'a list of sources',
  image: 'an image with src and alt',
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
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return 'is not written as YYYY-MM-DD';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `has no month ${match[2]} (months go from 01 to 12)`;
  return `does not exist: that month has ${daysIn(year, month)} days, not ${day}`;
}

