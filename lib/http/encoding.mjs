// @ts-check
/**
 * Content negotiation for our server (lib/serve/): which of the files the
 * build compressed once (Brotli 11, gzip 9: scripts/support/site-tree.ts)
 * a reader gets. Nothing is compressed per request.
 */

/** @typedef {'br' | 'gzip' | 'identity'} Coding */

/**
 * Pure: the coding to send for an Accept-Encoding value: Brotli, then gzip,
 * then none; a coding with `q=0` is refused, and `*` stands for any other.
 * @param {string | undefined} accept
 * @returns {Coding}
 */
export function negotiate(accept) {
  if (!accept) return 'identity';
  /** @type {Map<string, number>} */
  const q = new Map();
  for (const part of accept.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    q.set(name.trim(), weight ? Number(weight[1]) : 1);
  }
  const accepts = (/** @type {string} */ coding) => (q.get(coding) ?? q.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip') || accepts('x-gzip')) return 'gzip';
  return 'identity';
}
