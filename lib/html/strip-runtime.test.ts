import { readFileSync } from 'node:fs';
import { parse, serialize, type DefaultTreeAdapterTypes as T } from 'parse5';
import { describe, expect, it } from 'vitest';
import { formatStripError, RuntimeStripError, runtimeLeft, stripRuntime } from './strip-runtime.mjs';

/** A briefing page as Next 16.4.6 prerendered it (`npm run build`, 2026-12-01). */
const page = readFileSync('tests/fixtures/next/briefing.html', 'utf8');

// The output is read with the parser, never with a pattern: a regex would
// miss `<SCRIPT>`, count a script quoted in a comment, and so on.
type El = T.Element;
function* nodes(node: T.Node): Generator<T.Node> {
  yield node;
  if ('content' in node && node.content) yield* nodes(node.content);
  if ('childNodes' in node) for (const child of node.childNodes) yield* nodes(child);
}
const elements = (html: string) => [...nodes(parse(html))].filter((n): n is El => 'tagName' in n);
const attr = (el: El, name: string) => el.attrs.find((a) => a.name === name)?.value;
const text = (el: El) => el.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
const scripts = (html: string) => elements(html).filter((el) => el.tagName === 'script');
const scriptPreloads = (html: string) =>
  elements(html).filter((el) => el.tagName === 'link' && (attr(el, 'rel') === 'modulepreload' || (attr(el, 'rel') === 'preload' && attr(el, 'as') === 'script')));
const isRuntime = (el: El) => (el.tagName === 'script' && attr(el, 'type') !== 'application/ld+json') || (el.tagName === 'link' && attr(el, 'as') === 'script');
/** The document as the parser builds it, minus Next's runtime, serialized: what must not change. */
function withoutRuntimeTree(html: string): string {
  const doc = parse(html);
  for (const node of [...nodes(doc)]) {
    if (!('tagName' in node)) continue;
    if (isRuntime(node)) node.parentNode!.childNodes.splice(node.parentNode!.childNodes.indexOf(node), 1);
  }
  return serialize(doc);
}

describe('stripRuntime, on a page as Next builds it', () => {
  const stripped = stripRuntime(page);

  it('the fixture has the runtime to take out', () => {
    expect(scripts(page).filter((s) => attr(s, 'src')?.startsWith('/_next/static/chunks/')).length).toBeGreaterThan(3);
    expect(scripts(page).some((s) => text(s).startsWith('self.__next_f.push([1,'))).toBe(true);
    expect(scriptPreloads(page).length).toBeGreaterThan(0);
  });

  it('leaves no script but the JSON-LD, unchanged, and no script preload', () => {
    const left = scripts(stripped);
    expect(left.map((s) => s.attrs)).toEqual([[{ name: 'type', value: 'application/ld+json' }], [{ name: 'type', value: 'application/ld+json' }]]);
    expect(left.map(text)).toEqual(
      scripts(page)
        .filter((s) => attr(s, 'type') === 'application/ld+json')
        .map(text),
    );
    expect(scriptPreloads(stripped)).toEqual([]);
    expect(runtimeLeft(stripped)).toEqual([]);
  });

  it('changes nothing else: the same tree without the runtime, styles, font preloads and meta included', () => {
    expect(serialize(parse(stripped))).toBe(withoutRuntimeTree(page));
    const kept = (html: string) =>
      elements(html)
        .filter((el) => el.tagName === 'meta' || el.tagName === 'style' || (el.tagName === 'link' && attr(el, 'as') !== 'script'))
        .map((el) => `${el.tagName} ${JSON.stringify(el.attrs)}`);
    expect(kept(stripped)).toEqual(kept(page));
    expect(kept(stripped).filter((k) => k.includes('"font"')).length).toBe(2);
    expect(kept(stripped).filter((k) => k.includes('"stylesheet"')).length).toBe(2);
  });

  it('cuts only the runtime’s bytes: the rest of the text is Next’s, byte for byte', () => {
    // The page with each runtime element's source range cut out, by the parser's offsets.
    const located = [...nodes(parse(page, { sourceCodeLocationInfo: true }))].filter((n): n is El => 'tagName' in n && isRuntime(n));
    let expected = page;
    for (const el of located.reverse()) expected = expected.slice(0, el.sourceCodeLocation!.startOffset) + expected.slice(el.sourceCodeLocation!.endOffset);
    expect(located.length).toBeGreaterThan(8);
    expect(stripped).toBe(expected);
    expect(stripped.length).toBeLessThan(page.length / 2);
  });

  it('is idempotent: a stripped page comes back unchanged', () => {
    expect(stripRuntime(stripped)).toBe(stripped);
  });
});

/** The fixture with `html` placed before </body> (or instead of `from`). */
const withBody = (html: string) => page.replace('</body>', `${html}</body>`);

function refusal(html: string): RuntimeStripError {
  try {
    stripRuntime(html);
  } catch (error) {
    if (error instanceof RuntimeStripError) return error;
    throw error;
  }
  throw new Error('stripRuntime accepted the page');
}

describe('stripRuntime refuses what it cannot strip safely, naming the element and its line', () => {
  it.each([
    ['an inline event handler', '<button onclick="share()">Share</button>', /<button onclick="share\(\)">/, /event handler \(onclick\)/],
    ['an event handler in upper case', '<img src="/a.png" alt="" ONERROR="x()">', /onerror/, /event handler/],
    ['a javascript: URL', '<a href=" javascript:void(0)">x</a>', /<a href=/, /javascript: URL/],
    ['an inline script of ours', '<script>document.documentElement.dataset.theme="dark"</script>', /<script>/, /inline script/],
    ['a script of an unknown type', '<script type="text/x-template"><p>x</p></script>', /type="text\/x-template"/, /type "text\/x-template"/],
    ['a JSON data block that is not JSON-LD', '<script type="application/json">{}</script>', /application\/json/, /not Next/],
    ['a script from elsewhere', '<script src="https://example.org/a.js"></script>', /example\.org/, /loaded from "https:\/\/example\.org\/a\.js"/],
    ['JSON-LD loaded by src', '<script type="application/ld+json" src="/_next/static/x.json"></script>', /ld\+json/, /not Next’s runtime/],
    ['a script preload from elsewhere', '<link rel="preload" as="script" href="https://cdn.example/a.js">', /cdn\.example/, /preload/],
    ['a <noscript> dependency', '<noscript><img src="/pixel.png" alt=""></noscript>', /<noscript>/, /noscript/],
    ['a script inside SVG', '<svg><script>alert(1)</script></svg>', /<script>/, /inline script/, '<script>'],
    ['a script inside a <template>', '<template><script src="/x.js"></script></template>', /x\.js/, /loaded from "\/x\.js"/, '<script'],
    ['React filling in a streamed boundary', '<div hidden id="S:0"><p>late</p></div><script>$RC("B:0","S:0")</script>', /<script>/, /Suspense/, '<script>'],
    ['a pending Suspense boundary', '<!--$?--><template id="B:0"></template><p>Loading…</p><!--/$-->', /<!--\$\?-->/, /fill in later/],
    ['a boundary rendered on the client', '<!--$!--><template data-dgst="x"></template><!--/$-->', /<!--\$!-->/, /only on the client/],
  ] as [string, string, RegExp, RegExp, string?][])('%s', (_what, html, element, reason, startsAt = '') => {
    const error = refusal(withBody(html));
    expect(error.name).toBe('RuntimeStripError');
    expect(error.element).toMatch(element);
    expect(error.reason).toMatch(reason);
    // Where the element starts in the page: before Next's </body>.
    const at = page.indexOf('</body>') + html.indexOf(startsAt);
    const line = page.slice(0, at).split('\n').length;
    expect([error.line, error.column]).toEqual([line, at - page.lastIndexOf('\n', at - 1)]);
    expect(error.fix.length).toBeGreaterThan(10);
  });

  it('gives the line and column of a multi-line document, in the one-line error form', () => {
    const error = refusal('<!DOCTYPE html>\n<html><head></head>\n<body>\n  <p>Text</p>\n  <p><span onmouseover="x()">hi</span></p>\n</body></html>');
    expect([error.line, error.column]).toEqual([5, 6]);
    expect(formatStripError('.next/server/app/en.html', error)).toMatch(
      /^\.next\/server\/app\/en\.html:5:6: strip-runtime: an inline event handler \(onmouseover\) .+ \(<span onmouseover="x\(\)">\) — remove the attribute/,
    );
  });

  it('Next’s error shell, whose text the runtime draws: a blank page without it', () => {
    // The shell Next answered /.env with (`next start`, 16.4.6): 599 bytes, an empty body but for its scripts.
    const shell = readFileSync('tests/fixtures/next/error-shell.html', 'utf8');
    expect(scripts(shell).length).toBeGreaterThan(0);
    expect(refusal(shell).reason).toMatch(/no text without its scripts/);
    expect(refusal('<!DOCTYPE html><html><body><div hidden><p>only hidden</p></div></body></html>').element).toBe('<body>');
  });

  it('a truncated page: a runtime script without its end tag', () => {
    expect(refusal(`${page.slice(0, page.indexOf('<script>self.__next_f.push'))}<script>self.__next_f.push([1,"`).reason).toMatch(/without its end tag/);
  });
});

describe('stripRuntime reads the document, not the text', () => {
  it('keeps a script quoted in a comment, in an attribute, or shown as code', () => {
    const quoted = [
      '<!-- <script src="/_next/static/chunks/a.js"></script> -->',
      '<meta name="x" content="<script src=/_next/static/chunks/a.js></script>"/>',
      '<pre><code>&lt;script src="/_next/static/chunks/a.js"&gt;&lt;/script&gt;</code></pre>',
    ].join('');
    const stripped = stripRuntime(withBody(quoted));
    expect(stripped).toContain(quoted);
    expect(scripts(stripped).length).toBe(2);
  });

  it('removes the runtime written in any case or with extra white space', () => {
    const odd = withBody(
      '<SCRIPT SRC="/_next/static/chunks/x.js" ASYNC></SCRIPT><script type="text/javascript">\n  self.__next_f.push([1,"x"])</script><link rel="modulepreload" href="/_next/static/chunks/m.js">',
    );
    const stripped = stripRuntime(odd);
    expect(scripts(stripped).every((s) => attr(s, 'type') === 'application/ld+json')).toBe(true);
    expect(scriptPreloads(stripped)).toEqual([]);
    expect(stripped).toBe(stripRuntime(page));
  });

  it('returns a page without any runtime as it is', () => {
    const plain = '<!DOCTYPE html><html lang="en"><head><link rel="preload" as="font" href="/f.woff2"></head><body><p>Text</p></body></html>';
    expect(stripRuntime(plain)).toBe(plain);
  });
});
