import type { Locale } from '@/i18n/locales';
import { formatDate, machineDate } from './date';

/** A source as editors cite it: the publisher, and what identifies the report. */
export type Source = { name: string; title?: string; date?: string; url?: string };

/** The words a citation is written with, in the page's language (messages/). */
export type CitationWords = { separator: string; quoteOpen: string; quoteClose: string };

export type CitationParts = {
  publisher: string;
  /** The headline in the language's quotation marks, or null. */
  title: string | null;
  /** The report's date for readers, and for `<time datetime>`; null when not given. */
  date: { text: string; datetime: string } | null;
  url: string | null;
  /** The whole citation as one line of plain text (feeds, JSON-LD `citation` names). */
  text: string;
};

/**
 * A citation in the reader's language: publisher, “headline”, date — each
 * part only when the editor gave it. `Reuters, 28 January 2026` for a report
 * known by its date; `رويترز، «العنوان»، 28 يناير 2026` in Arabic.
 */
export function citationParts(source: Source, locale: Locale, words: CitationWords): CitationParts {
  const title = source.title?.trim() ? `${words.quoteOpen}${source.title.trim()}${words.quoteClose}` : null;
  const formatted = source.date ? formatDate(source.date, locale) : null;
  const date = source.date && formatted ? { text: formatted, datetime: machineDate(source.date) } : null;
  const url = source.url?.trim() ? source.url.trim() : null;
  const text = [source.name, title, date?.text].filter(Boolean).join(words.separator);
  return { publisher: source.name, title, date, url, text };
}
