// @ts-check
/**
 * Takes Next's client runtime out of a rendered page, with an HTML parser.
 *
 * Every page of the site is server-rendered HTML with no client component
 * of ours (tests/e2e/budgets.test.ts), yet the App Router sends each one
 * ~141 kB of React and router code, plus the page again as an inline React
 * Server Components payload, only to hydrate markup that has nothing to
 * do. Next has no switch to leave it off (vercel/next.js#45009), so the
 * build strips every prerendered page (scripts/strip-pages.ts) and the
 * cache handler strips each page rendered on demand once, when Next stores
 * it (lib/http/cache-handler.mjs).
 *
 * parse5 finds the elements (with their source offsets); the output is the
 * input with exactly those byte ranges cut out, so styles, font preloads,
 * meta and every other byte stay as Next wrote them. Removed: scripts from
 * /_next/static/, their preloads and modulepreloads, the Turbopack
 * bootstrap and the `self.__next_f` payload chunks. Kept: JSON-LD.
 *
 * What cannot be stripped safely is refused with a RuntimeStripError that
 * names the element and its line: a script of any other kind, an inline
 * event handler or javascript: URL (script the page would lose, or that a
 * CSP of `script-src 'none'` blocks), a <noscript> (its content would show
 * only to browsers without JavaScript, while no page has any), a Suspense
 * boundary that React's inline scripts fill in or render on the client, and
 * a body with no text at all (Next's error shell draws its text with the
 * runtime: stripped, it is a blank page).
 */
import { parse } from 'parse5';

/** A page that cannot be stripped without changing what a reader sees. */
export class RuntimeStripError extends Error {
  /**
   * @param {{ element: string, line: number, column: number, reason: string, fix: string }} details
   */
  constructor({ element, line, column, reason, fix }) {
    super(`${line}:${column}: ${element}: ${reason} — ${fix}`);
    this.name = 'RuntimeStripError';
    this.element = element;
    this.line = line;
    this.column = column;
    this.reason = reason;
    this.fix = fix;
  }
}

/**
 * The one-line form editors' and builders' errors take:
 * `path:line:column: strip-runtime: reason (element) — fix`.
 * @param {string} file
 * @param {RuntimeStripError} error
 */
export function formatStripError(file, error) {
  return `${file}:${error.line}:${error.column}: strip-runtime: ${error.reason} (${error.element}) — ${error.fix}`;
}

const NEXT_STATIC = '/_next/static/';
/** Inline scripts Next's App Router emits: the RSC payload chunks and the Turbopack bootstrap. */
const RUNTIME_INLINE = ['self.__next_f', '(self.__next_f', '(globalThis["TURBOPACK"]'];
/** JavaScript MIME types (and none): what a browser would run. */
const JS_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);
/** React's Suspense markers: `$?` pending (filled in by script), `$!` rendered on the client. */
const CLIENT_BOUNDARY = new Set(['$?', '$!']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster']);

/** @typedef {import('parse5').DefaultTreeAdapterTypes.Element} Element */
/** @typedef {import('parse5').DefaultTreeAdapterTypes.Node} Node */

/** @param {Element} el @param {string} name */
const attr = (el, name) => el.attrs.find((a) => a.name === name)?.value;

/** `<tag a="…" b>`, short, for messages. @param {Element} el */
function describe(el) {
  const attrs = el.attrs.map((a) => (a.value ? `${a.name}="${a.value.length > 60 ? `${a.value.slice(0, 57)}…` : a.value}"` : a.name));
  return `<${[el.tagName, ...attrs].join(' ')}>`;
}

/** @param {Element} el */
const textOf = (el) => el.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('');

/**
 * Whether `el` is Next's runtime (removed), JSON-LD (kept), or something
 * else (refused, with why).
 * @param {Element} el
 * @returns {'runtime' | 'keep' | { reason: string, fix: string }}
 */
function classify(el) {
  if (el.tagName === 'script') {
    const type = (attr(el, 'type') ?? '').trim().toLowerCase();
    const src = attr(el, 'src');
    if (type === 'application/ld+json' && src === undefined) return 'keep';
    if (JS_TYPES.has(type) && src !== undefined && src.startsWith(NEXT_STATIC)) return 'runtime';
    if (JS_TYPES.has(type) && src === undefined) {
      const code = textOf(el).trimStart();
      if (RUNTIME_INLINE.some((start) => code.startsWith(start))) return 'runtime';
      if (/^\$R[A-Z]\b|\$RC\(|\$RS\(|\$RX\(/.test(code)) {
        return { reason: 'React streams a Suspense boundary into place with this inline script', fix: 'render the page without <Suspense> or loading.tsx, or await its data before rendering' };
      }
    }
    return {
      reason: src !== undefined ? `a script loaded from "${src}" that is not Next’s runtime` : `a ${type ? `script of type "${type}"` : 'inline script'} that is not Next’s runtime`,
      fix: 'pages ship no JavaScript: only <script type="application/ld+json"> may stay; remove it from the component',
    };
  }
  if (el.tagName === 'link') {
    const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
    const preloadsScript = rel.includes('modulepreload') || (rel.includes('preload') && (attr(el, 'as') ?? '').toLowerCase() === 'script');
    if (!preloadsScript) return 'keep';
    if ((attr(el, 'href') ?? '').startsWith(NEXT_STATIC)) return 'runtime';
    return { reason: 'a preload of a script from outside Next’s build output', fix: 'remove the preload: pages ship no JavaScript' };
  }
  if (el.tagName === 'noscript') {
    return { reason: 'a <noscript> shows its content only where JavaScript is off, while no page has any', fix: 'put its content in the page itself' };
  }
  return 'keep';
}

/**
 * What makes `el` run script although it is no script element: an inline
 * event handler or a javascript: URL. Null when nothing.
 * @param {Element} el
 */
function scriptInAttributes(el) {
  for (const a of el.attrs) {
    if (/^on/i.test(a.name)) {
      return { reason: `an inline event handler (${a.name}) is script, which the page would run on an event and its CSP forbids`, fix: 'remove the attribute; do it with a link, a form or CSS' };
    }
    if (URL_ATTRIBUTES.has(a.name) && /^\s*javascript:/i.test(a.value)) {
      return { reason: `a javascript: URL in ${a.name} is script`, fix: 'link to a page instead' };
    }
  }
  return null;
}

/**
 * Every node of the document, children before their next sibling; a
 * <template>'s content included.
 * @param {Node} node
 * @returns {Generator<Node>}
 */
function* walk(node) {
  yield node;
  if ('content' in node && node.content) yield* walk(node.content);
  if ('childNodes' in node) for (const child of node.childNodes) yield* walk(child);
}

/** @param {Node} node */
const where = (node) => ({ line: node.sourceCodeLocation?.startLine ?? 1, column: node.sourceCodeLocation?.startCol ?? 1 });

/**
 * Whether a reader without scripts sees any text: text nodes in <body>
 * outside `hidden` elements and <template>s.
 * @param {Node} node
 * @returns {boolean}
 */
function hasVisibleText(node) {
  if (node.nodeName === '#text' && 'value' in node) return node.value.trim() !== '';
  if (!('tagName' in node)) return 'childNodes' in node && node.childNodes.some(hasVisibleText);
  if (node.tagName === 'template' || node.tagName === 'script' || node.tagName === 'style' || attr(node, 'hidden') !== undefined) return false;
  return node.childNodes.some(hasVisibleText);
}

/**
 * The byte ranges of Next's runtime in `html`, or a RuntimeStripError for
 * the first thing that cannot be stripped safely.
 * @param {string} html
 * @returns {{ ranges: [number, number][], document: ReturnType<typeof parse> }}
 */
function runtimeRanges(html) {
  const document = parse(html, { sourceCodeLocationInfo: true });
  /** @type {[number, number][]} */
  const ranges = [];
  for (const node of walk(document)) {
    if (node.nodeName === '#comment' && 'data' in node && CLIENT_BOUNDARY.has(node.data)) {
      throw new RuntimeStripError({
        element: `<!--${node.data}-->`,
        ...where(node),
        reason: node.data === '$?' ? 'a Suspense boundary whose content React’s scripts fill in later' : 'a Suspense boundary that failed on the server and renders only on the client',
        fix: 'render the page without <Suspense> or loading.tsx, and make it render on the server',
      });
    }
    if (!('tagName' in node)) continue;
    const inAttributes = scriptInAttributes(node);
    if (inAttributes) throw new RuntimeStripError({ element: describe(node), ...where(node), ...inAttributes });
    const kind = classify(node);
    if (kind === 'keep') continue;
    if (kind === 'runtime') {
      const location = node.sourceCodeLocation;
      // A script with no end tag swallowed the rest of the file: cutting it
      // would cut the page.
      if (!location || (node.tagName === 'script' && !location.endTag)) {
        throw new RuntimeStripError({ element: describe(node), ...where(node), reason: 'a script element without its end tag', fix: 'the HTML is truncated: rebuild the page' });
      }
      ranges.push([location.startOffset, location.endOffset]);
      continue;
    }
    throw new RuntimeStripError({ element: describe(node), ...where(node), ...kind });
  }
  return { ranges, document };
}

/**
 * `html` without Next's client runtime: every other byte as it was. A page
 * with none is returned unchanged (so stripping twice is stripping once).
 *
 * @param {string} html a whole HTML document as Next renders it
 * @returns {string}
 * @throws {RuntimeStripError} when the page has something that cannot be
 *   stripped safely (see the top of this file), naming the element and its
 *   line and column in `html`.
 */
export function stripRuntime(html) {
  const { ranges, document } = runtimeRanges(html);
  const body = document.childNodes.find((n) => 'tagName' in n && n.tagName === 'html');
  const bodyElement = body && 'childNodes' in body ? body.childNodes.find((n) => 'tagName' in n && n.tagName === 'body') : undefined;
  if (!bodyElement || !hasVisibleText(bodyElement)) {
    throw new RuntimeStripError({
      element: bodyElement ? '<body>' : '<html>',
      ...where(bodyElement ?? document),
      reason: 'the page shows no text without its scripts (Next’s error shell draws its text with the runtime)',
      fix: 'give the route a page or not-found.tsx that renders its text on the server',
    });
  }
  if (ranges.length === 0) return html;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += html.slice(at, start);
    at = Math.max(at, end);
  }
  return out + html.slice(at);
}

/**
 * Pure check, for tests and the build's own verification: the runtime
 * still in `html` (each as `<tag …>`), by the same parser. Empty when none.
 * @param {string} html
 * @returns {string[]}
 */
export function runtimeLeft(html) {
  const document = parse(html);
  /** @type {string[]} */
  const left = [];
  for (const node of walk(document)) {
    if (!('tagName' in node)) continue;
    const kind = node.tagName === 'script' || node.tagName === 'link' ? classify(node) : 'keep';
    if (kind === 'runtime') left.push(describe(node));
  }
  return left;
}
