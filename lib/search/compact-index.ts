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

/** One term's documents in one field, by ascending short id, with their term frequencies. */
export class Postings {
  /** The position `keys()` last yielded, so `get` of that id is one comparison. */
  private cursor = 0;

  constructor(
    private readonly ids: Uint32Array,
    private readonly freqs: Uint16Array,
  ) {}

  get size(): number {
    return this.ids.length;
  }

  *keys(): IterableIterator<number> {
    for (let i = 0; i < this.ids.length; i++) {
      this.cursor = i;
      yield this.ids[i]!;
    }
  }

  /** `[id, frequency]` pairs, as MiniSearch#toJSON reads them to write the index out again. */
  *[Symbol.iterator](): IterableIterator<[number, number]> {
    for (let i = 0; i < this.ids.length; i++) yield [this.ids[i]!, this.freqs[i]!];
  }

  get(id: number): number | undefined {
    if (this.ids[this.cursor] === id) return this.freqs[this.cursor];
    let lo = 0;
    let hi = this.ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.ids[mid]!;
      if (at === id) return this.freqs[mid];
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

function postings(entry: Record<string, number>): Postings {
  const ids = Object.keys(entry)
    .map(Number)
    .sort((a, b) => a - b);
  const freqs = Uint16Array.from(ids, (id) => Math.min(entry[id]!, 0xffff));
  return new Postings(Uint32Array.from(ids), freqs);
}

/** Loads a serialised MiniSearch index (`toJSON()`) with compact postings. Read-only: never add or discard. */
export function loadCompact<T>(js: AsPlainObject, options: Options<T>): MiniSearch<T> {
  // Everything but the terms the usual way (documents, field lengths, stored fields)…
  const index = MiniSearch.loadJS<T>({ ...js, index: [] }, options);
  // …then each term's postings as typed arrays.
  const terms = index as unknown as Internals;
  for (const [term, fields] of js.index as unknown as SerialisedTerms) {
    const byField: (Postings | undefined)[] = [];
    for (const fieldId of Object.keys(fields)) byField[Number(fieldId)] = postings(fields[fieldId]!);
    terms._index.set(term, new FieldPostings(byField));
  }
  return index;
}
