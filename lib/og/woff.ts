import { inflateSync } from 'node:zlib';

/**
 * WOFF 1.0 → sfnt (TrueType/OpenType) conversion.
 *
 * HarfBuzz reads only sfnt data, and @fontsource ships WOFF/WOFF2 only.
 * WOFF 1.0 is the sfnt tables, each optionally zlib-compressed, behind a
 * 44-byte header (https://www.w3.org/TR/WOFF/), so node:zlib is enough to
 * rebuild the original file: no extra dependency.
 */

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER_SIZE = 44;
const WOFF_DIR_ENTRY_SIZE = 20;
const SFNT_HEADER_SIZE = 12;
const SFNT_DIR_ENTRY_SIZE = 16;

interface WoffTable {
  tag: number;
  offset: number;
  compLength: number;
  origLength: number;
  checksum: number;
}

const pad4 = (n: number): number => (n + 3) & ~3;

/** True when the bytes start with the WOFF 1.0 signature. */
export function isWoff(bytes: Uint8Array): boolean {
  if (bytes.byteLength < WOFF_HEADER_SIZE) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.getUint32(0) === WOFF_SIGNATURE;
}

function readTables(view: DataView, numTables: number): WoffTable[] | null {
  const tables: WoffTable[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = WOFF_HEADER_SIZE + i * WOFF_DIR_ENTRY_SIZE;
    if (at + WOFF_DIR_ENTRY_SIZE > view.byteLength) return null;
    const table = {
      tag: view.getUint32(at),
      offset: view.getUint32(at + 4),
      compLength: view.getUint32(at + 8),
      origLength: view.getUint32(at + 12),
      checksum: view.getUint32(at + 16),
    };
    if (table.offset + table.compLength > view.byteLength) return null;
    tables.push(table);
  }
  return tables;
}

function tableData(bytes: Uint8Array, t: WoffTable): Uint8Array | null {
  const raw = bytes.subarray(t.offset, t.offset + t.compLength);
  if (t.compLength === t.origLength) return raw;
  try {
    const out = inflateSync(raw);
    return out.byteLength === t.origLength ? out : null;
  } catch {
    return null;
  }
}

/**
 * Rebuilds the sfnt file inside a WOFF 1.0 file. Returns null for anything
 * that is not a well-formed WOFF 1.0 file (including WOFF2).
 */
export function woffToSfnt(bytes: Uint8Array): Uint8Array | null {
  if (!isWoff(bytes)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables = readTables(view, numTables);
  if (!tables || numTables === 0) return null;

  const datas: Uint8Array[] = [];
  for (const t of tables) {
    const data = tableData(bytes, t);
    if (!data) return null;
    datas.push(data);
  }

  const dirSize = SFNT_HEADER_SIZE + numTables * SFNT_DIR_ENTRY_SIZE;
  const total = datas.reduce((sum, d) => sum + pad4(d.byteLength), dirSize);
  const out = new Uint8Array(total);
  const ov = new DataView(out.buffer);

  // searchRange etc. as the OpenType spec defines them for the table directory.
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  ov.setUint32(0, flavor);
  ov.setUint16(4, numTables);
  ov.setUint16(6, searchRange);
  ov.setUint16(8, entrySelector);
  ov.setUint16(10, numTables * 16 - searchRange);

  // The WOFF spec requires the directory sorted by tag, as sfnt does; keep order.
  let offset = dirSize;
  tables.forEach((t, i) => {
    const data = datas[i]!;
    const at = SFNT_HEADER_SIZE + i * SFNT_DIR_ENTRY_SIZE;
    ov.setUint32(at, t.tag);
    ov.setUint32(at + 4, t.checksum);
    ov.setUint32(at + 8, offset);
    ov.setUint32(at + 12, data.byteLength);
    out.set(data, offset);
    offset += pad4(data.byteLength);
  });
  return out;
}
