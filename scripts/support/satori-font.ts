/**
 * Stock @vercel/og 0.11.1 cannot render the site's Arabic font at all: its
 * opentype.js fork throws "lookupType: 5 - substFormat: 3 is not yet
 * supported" on Noto Naskh Arabic's `rlig` lookups, for any Arabic text.
 * To still measure what satori's own layout does (vercel/satori#74), the
 * baseline gets a copy of the same font in which the GSUB lookups that fork
 * cannot read are emptied (their subtable count set to 0). Outlines, cmap,
 * metrics and every supported lookup are untouched. Used by `npm run bench:og`
 * and tests/og/browser-compare.browser.test.ts, for the stock baseline.
 */

/** (lookup type, subtable format) pairs that opentype.js in satori 0.25 applies. */
const SUPPORTED = new Set(['1.1', '1.2', '2.1', '4.1', '6.3']);
const EXTENSION = 7;

export interface LookupReport {
  disabled: number[];
  total: number;
}

function tableOffset(view: DataView, tag: string): number | null {
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    const t = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
    if (t === tag) return view.getUint32(at + 8);
  }
  return null;
}

/** Type and format of one subtable, looking through extension (type 7) subtables. */
function subtableKind(view: DataView, type: number, at: number): string {
  if (type !== EXTENSION) return `${type}.${view.getUint16(at)}`;
  const realType = view.getUint16(at + 2);
  const realAt = at + view.getUint32(at + 4);
  return `${realType}.${view.getUint16(realAt)}`;
}

/** A copy of the sfnt with unsupported GSUB lookups emptied, and which ones. */
export function satoriCompatible(sfnt: Uint8Array): { data: Uint8Array; report: LookupReport } {
  const data = sfnt.slice();
  const view = new DataView(data.buffer);
  const gsub = tableOffset(view, 'GSUB');
  if (gsub === null) return { data, report: { disabled: [], total: 0 } };
  const lookupList = gsub + view.getUint16(gsub + 8);
  const count = view.getUint16(lookupList);
  const disabled: number[] = [];
  for (let i = 0; i < count; i++) {
    const lookup = lookupList + view.getUint16(lookupList + 2 + i * 2);
    const type = view.getUint16(lookup);
    const subtables = view.getUint16(lookup + 4);
    let ok = true;
    for (let s = 0; s < subtables; s++) {
      const at = lookup + view.getUint16(lookup + 6 + s * 2);
      if (!SUPPORTED.has(subtableKind(view, type, at))) ok = false;
    }
    if (!ok) {
      view.setUint16(lookup + 4, 0);
      disabled.push(i);
    }
  }
  return { data, report: { disabled, total: count } };
}
