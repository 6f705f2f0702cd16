import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';

/**
 * A MiniSearch index loaded read-only with compact postings.
 *
 * MiniSearch 7.2.0 keeps, for every term, a Map of fields, each a Map from
 * document to term frequency: about 40 bytes a posting. At 10,000 briefings
 * that was 71–77 MB of heap for the two languages (`npm run bench:search`),
 * over the 50 MB budget. The site never adds or removes a document after
 * loading, so each field's postings become two typed arrays here (6 bytes a
 * posting). Search reads a term's data only through `fieldData.get(fieldId)`
 * and a field's postings only through `size`, `keys()` and `get(docId)`
 * (MiniSearch#termResults, node_modules/minisearch/dist/es/index.js), and
 * writes it out by iterating both (MiniSearch#toJSON); these classes
 * provide exactly that. The version is pinned in package.json; the tests in
 * ./compact-index.test.ts compare every query's results with MiniSearch's own.
 */

/** Every posting of an index, in two arrays: a typed array per term would cost more in headers than in data. */
type Store = { ids: Uint32Array; freqs: Uint16Array };

/** One term's documents in one field, by ascending short id, with their term frequencies: a range of the store. */
export class Postings {
  /** The position `keys()` last yielded, so `get` of that id is one comparison. */
  private cursor: number;

  constructor(
    private readonly store: Store,
    private readonly start: number,
    private readonly end: number,
  ) {
    this.cursor = start;
  }

  get size(): number {
    return this.end - this.start;
  }

  *keys(): IterableIterator<number> {
    for (let i = this.start; i < this.end; i++) {
      this.cursor = i;
      yield this.store.ids[i]!;
    }
  }

  /** `[id, frequency]` pairs, as MiniSearch#toJSON reads them to write the index out again. */
  *[Symbol.iterator](): IterableIterator<[number, number]> {
    for (let i = this.start; i < this.end; i++) yield [this.store.ids[i]!, this.store.freqs[i]!];
  }

  get(id: number): number | undefined {
    const { ids, freqs } = this.store;
    if (ids[this.cursor] === id && this.cursor < this.end) return freqs[this.cursor];
    let lo = this.start;
    let hi = this.end - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = ids[mid]!;
      if (at === id) return freqs[mid];
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

/** One term's postings by field id (a handful of fields: an array, not a Map). */
export class FieldPostings {
  constructor(private readonly byField: (Postings | undefined)[]) {}

  get(fieldId: number): Postings | undefined {
    return this.byField[fieldId];
  }

  /** `[fieldId, postings]` pairs, for MiniSearch#toJSON. */
  *[Symbol.iterator](): IterableIterator<[number, Postings]> {
    for (let id = 0; id < this.byField.length; id++) {
      const p = this.byField[id];
      if (p) yield [id, p];
    }
  }
}

/** The serialised term index: `[term, { fieldId: { shortId: frequency } }]`. */
type SerialisedTerms = [string, Record<string, Record<string, number>>][];
type Internals = { _index: { set(term: string, data: FieldPostings): void } };

/** Loads a serialised MiniSearch index (`toJSON()`) with compact postings. Read-only: never add or discard. */
export function loadCompact<T>(js: AsPlainObject, options: Options<T>): MiniSearch<T> {
  // Everything but the terms the usual way (documents, field lengths, stored fields)…
  const index = MiniSearch.loadJS<T>({ ...js, index: [] }, options);
  const serialised = js.index as unknown as SerialisedTerms;
  // …then every posting into one pair of arrays, and each term's as ranges of them.
  let total = 0;
  for (const [, fields] of serialised) for (const fieldId in fields) for (const _ in fields[fieldId]) total++;
  const store: Store = { ids: new Uint32Array(total), freqs: new Uint16Array(total) };
  const terms = index as unknown as Internals;
  let at = 0;
  for (const [term, fields] of serialised) {
    const byField: (Postings | undefined)[] = [];
    for (const fieldId of Object.keys(fields)) {
      const entry = fields[fieldId]!;
      const start = at;
      // Integer-like keys come out of an object in ascending order.
      for (const id of Object.keys(entry)) {
        store.ids[at] = Number(id);
        store.freqs[at] = Math.min(entry[id]!, 0xffff);
        at++;
      }
      byField[Number(fieldId)] = new Postings(store, start, at);
    }
    terms._index.set(term, new FieldPostings(byField));
  }
  return index;
}
