import { createProcessor } from '@mdx-js/mdx';
import { instantOf } from '../format/date';
import { mdxPlainText } from './text';

/**
 * Live briefings: a briefing whose frontmatter has `live: { start, end? }`
 * and whose body holds its updates as `<Update id time keyEvent? breaking?>`
 * (components/mdx/Update.tsx). The updates are read from the body's MDX once,
 * when the briefing is read (./briefing-file.ts and contentlayer's computed
 * field alike), so lists, the key-updates box, pagination, JSON-LD, the
 * briefing's feed and the push manifests know them without rendering.
 */

/** Updates per page of a live briefing: page 1 is the briefing's own URL, later ones /updates/<n>. */
export const UPDATES_PER_PAGE = 20;

/** One update as the metadata index stores it. */
export type LiveUpdate = {
  id: string;
  /** As the editor wrote it: YYYY-MM-DDTHH:MM+03:00. */
  time: string;
  keyEvent: boolean;
  breaking: boolean;
  /** Its words, as plain text (the key box, the feed entry's title, search). */
  text: string;
};

/** An update with where its tag starts in the body (1-based, body lines): what the content check needs. */
export type LocatedUpdate = LiveUpdate & { line: number; column: number; hasId: boolean; hasTime: boolean };

type Node = {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number; offset?: number }; end: { offset?: number } };
};

let processor: ReturnType<typeof createProcessor> | null = null;
const parser = () => (processor ??= createProcessor({ format: 'mdx' }));

function attribute(node: Node, name: string): { present: boolean; value: string | null } {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr) return { present: false, value: null };
  if (typeof attr.value === 'string') return { present: true, value: attr.value };
  // `<Update keyEvent>` (null) or `keyEvent={true}` (an expression).
  if (attr.value && typeof attr.value === 'object' && 'value' in attr.value) return { present: true, value: String((attr.value as { value: unknown }).value).trim() };
  return { present: true, value: null };
}

/** A flag is set by `keyEvent`, `keyEvent={true}` or `keyEvent="true"`; `{false}` or `"false"` leave it off. */
const flag = (node: Node, name: string) => {
  const a = attribute(node, name);
  return a.present && a.value !== 'false';
};

/**
 * Pure: the `<Update>` elements at the top level of a body, in file order,
 * with their text. Empty for a body without one, or one that does not parse
 * (the content check reports that as mdx-syntax).
 */
export function readUpdates(body: string): LocatedUpdate[] {
  if (!body.includes('<Update')) return [];
  let tree: Node;
  try {
    tree = parser().parse(body) as unknown as Node;
  } catch {
    return [];
  }
  return (tree.children ?? [])
    .filter((n) => n.type === 'mdxJsxFlowElement' && n.name === 'Update')
    .map((n) => {
      const id = attribute(n, 'id');
      const time = attribute(n, 'time');
      const inner = n.children ?? [];
      const from = inner[0]?.position?.start.offset;
      const to = inner.at(-1)?.position?.end.offset;
      const text = from !== undefined && to !== undefined ? mdxPlainText(body.slice(from, to)) : '';
      return {
        id: (id.value ?? '').trim(),
        time: (time.value ?? '').trim(),
        keyEvent: flag(n, 'keyEvent'),
        breaking: flag(n, 'breaking'),
        text,
        line: n.position?.start.line ?? 1,
        column: n.position?.start.column ?? 1,
        hasId: id.present,
        hasTime: time.present,
      };
    });
}

/** Pure: the updates as the index stores them, newest first (the page's order). */
export function liveUpdatesOf(body: string): LiveUpdate[] {
  return readUpdates(body)
    .map(({ id, time, keyEvent, breaking, text }) => ({ id, time, keyEvent, breaking, text }))
    .sort((a, b) => instantOf(b.time) - instantOf(a.time));
}

export type LiveCoverage = { start: string; end?: string };
export type LiveLike = { live?: LiveCoverage | null; updates?: readonly LiveUpdate[] };

/**
 * Pure: where a briefing's live coverage stands at `now`: `live` from its
 * start until its end, `ended` after it, `upcoming` before its start; null
 * for a briefing that is not a live briefing.
 */
export function liveState(b: LiveLike, now: number): 'upcoming' | 'live' | 'ended' | null {
  if (!b.live?.start) return null;
  if (now < instantOf(b.live.start)) return 'upcoming';
  if (b.live.end && now >= instantOf(b.live.end)) return 'ended';
  return 'live';
}

/** Pure: the instant of the newest update, or of the coverage's start when there is none; null for a briefing that is not live. */
export function lastUpdated(b: LiveLike): string | null {
  if (!b.live?.start) return null;
  return b.updates?.[0]?.time ?? b.live.start;
}

/** Pure: how many pages `count` updates fill (at least one). */
export function updatePageCount(count: number): number {
  return Math.max(1, Math.ceil(count / UPDATES_PER_PAGE));
}

/** Pure: the page (1-based) an update is on, by its place among the updates newest first. */
export function pageOfUpdate(updates: readonly Pick<LiveUpdate, 'id'>[], id: string): number | null {
  const i = updates.findIndex((u) => u.id === id);
  return i < 0 ? null : Math.floor(i / UPDATES_PER_PAGE) + 1;
}

/** Pure: the ids on page `page` (1-based), newest first; null for a page that does not exist. */
export function updatesOnPage<T extends Pick<LiveUpdate, 'id'>>(updates: readonly T[], page: number): T[] | null {
  if (!Number.isInteger(page) || page < 1 || page > updatePageCount(updates.length)) return null;
  return updates.slice((page - 1) * UPDATES_PER_PAGE, page * UPDATES_PER_PAGE);
}
