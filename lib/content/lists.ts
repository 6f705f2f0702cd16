import type { Briefing } from './build-files';
import { readBriefings } from './build-files';
import { indexVisible, passedCount, publicationInstant, visibleIn, type BriefingIndex, type Visibility } from './select';
import { visibility } from './visibility';
import type { Locale } from '@/i18n/locales';

/**
 * The visible briefings, as the clock decides (./visibility.ts), each list
 * and index built once per set of passed publication instants. ./index.ts
 * and ./topics.ts query these; pages import ./index.ts only.
 */

// The publication instants of every briefing, sorted: what is visible
// changes only when one of them passes.
const instantCache = new WeakMap<readonly Briefing[], number[]>();

/**
 * A key for what is visible at `v`: how many publication instants have
 * passed. Lists and indexes are cached by it, so they are built again only
 * when a scheduled briefing comes out, not on every request.
 */
function visibilityKey(all: readonly Briefing[], v: Visibility): string {
  if (v.preview) return 'preview';
  let instants = instantCache.get(all);
  if (!instants) instantCache.set(all, (instants = all.map(publicationInstant).sort((a, b) => a - b)));
  return `published-${passedCount(instants, v.now)}`;
}

// Every page of a build asks for the same sorted lists; sort each once (per
// index read: `next dev` reads a new one when contentlayer rewrites it).
const listCache = new WeakMap<readonly Briefing[], Map<string, Briefing[]>>();

/** One language's visible briefings, newest first (date, then slug). */
export function getBriefings(locale: Locale): Briefing[] {
  const all = readBriefings();
  const v = visibility();
  const key = `${locale}|${visibilityKey(all, v)}`;
  let lists = listCache.get(all);
  if (!lists) listCache.set(all, (lists = new Map()));
  let list = lists.get(key);
  if (!list) {
    list = visibleIn(all, locale, v);
    lists.set(key, list);
  }
  return list;
}

// Pages look briefings up by slug many times over: index the visible ones once.
const indexCache = new WeakMap<readonly Briefing[], Map<string, BriefingIndex<Briefing>>>();

export function briefingIndex(): BriefingIndex<Briefing> {
  const all = readBriefings();
  const v = visibility();
  const key = visibilityKey(all, v);
  let indexes = indexCache.get(all);
  if (!indexes) indexCache.set(all, (indexes = new Map()));
  let index = indexes.get(key);
  if (!index) {
    index = indexVisible(all, v);
    indexes.set(key, index);
  }
  return index;
}
