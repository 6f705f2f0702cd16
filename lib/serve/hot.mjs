// @ts-check
import { readFileSync, statSync } from 'node:fs';
import { lookup } from 'mrmime';
import { ByteBoundCache } from './memory.mjs';

/**
 * The hot path of ./files.mjs: a small file (a page, a style sheet) sent
 * from memory (./memory.mjs, bounded by bytes) once it has been read, in the
 * coding the reader takes, with the headers and validator sirv gives the
 * same file (`W/"size-mtime"`), so a 304 holds whichever path sent it.
 * Everything else goes to sirv, streamed from disk: a Range, a file bigger
 * than an entry may be, a path that needs decoding.
 */

/** @typedef {import('node:http').IncomingMessage} Req @typedef {import('node:http').ServerResponse} Res */
/**
 * @typedef {{ body: Buffer, encoding: string | null, etag: string, modified: string, type: string, mtime: number,
 *   sent?: { for: Record<string, string>, ok: Record<string, string | number>, notModified: Record<string, string> } }} Entry
 */

/** What a coding's file is called beside the file. */
const SUFFIX = { br: '.br', gzip: '.gz', identity: '' };

/** @param {string} path */
const statOf = (path) => statSync(path, { throwIfNoEntry: false });

/**
 * @param {number} maxBytes
 * @returns {(req: Req, res: Res, file: string, coding: 'br' | 'gzip' | 'identity', headers: Record<string, string>, mtime: number | null) => 'sent' | 'absent' | 'stream'}
 *   `mtime`: the file's, for a file that may be written again (a rendered
 *   page), null for the build's
 */
export function memoryFiles(maxBytes) {
  /** @type {ByteBoundCache<Entry>} */
  const memory = new ByteBoundCache(maxBytes, Math.min(1024 * 1024, Math.floor(maxBytes / 16)));

  /**
   * @param {string} file @param {'br' | 'gzip' | 'identity'} coding
   * @returns {Entry | 'absent' | 'stream'}
   */
  function load(file, coding) {
    const plain = statOf(file);
    if (!plain?.isFile()) return 'absent';
    for (const c of coding === 'identity' ? ['identity'] : [coding, 'identity']) {
      const path = file + SUFFIX[/** @type {'br' | 'gzip' | 'identity'} */ (c)];
      const stats = c === 'identity' ? plain : statOf(path);
      if (!stats?.isFile()) continue;
      if (!memory.fits(stats.size)) return 'stream';
      const type = lookup(file) || 'application/octet-stream';
      return {
        body: readFileSync(path),
        encoding: c === 'identity' ? null : c,
        etag: `W/"${stats.size}-${stats.mtime.getTime()}"`,
        modified: stats.mtime.toUTCString(),
        type: type === 'text/html' ? 'text/html;charset=utf-8' : type,
        mtime: plain.mtimeMs,
      };
    }
    return 'absent';
  }

  return (req, res, file, coding, headers, mtime) => {
    if (req.headers.range !== undefined || memory.maxBytes === 0) return 'stream';
    const key = `${coding}|${file}`;
    let entry = memory.get(key);
    // A rendered page is written again after a publication instant.
    if (entry && mtime !== null && mtime !== entry.mtime) entry = undefined;
    if (!entry) {
      const loaded = load(file, coding);
      if (typeof loaded === 'string') return loaded;
      entry = loaded;
      memory.set(key, entry, entry.body.length + key.length);
    }
    // The headers of each answer, built once per entry (for the one header
    // set its kind of file gets).
    if (entry.sent?.for !== headers) {
      const notModified = { ...headers, vary: headers.vary ?? 'Accept-Encoding', etag: entry.etag, 'last-modified': entry.modified };
      /** @type {Record<string, string | number>} */
      const ok = { ...notModified, 'content-type': entry.type, 'content-length': entry.body.length };
      if (entry.encoding) ok['content-encoding'] = entry.encoding;
      entry.sent = { for: headers, ok, notModified };
    }
    if (req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, entry.sent.notModified);
      res.end();
      return 'sent';
    }
    res.writeHead(200, entry.sent.ok);
    res.end(req.method === 'HEAD' ? undefined : entry.body);
    return 'sent';
  };
}
