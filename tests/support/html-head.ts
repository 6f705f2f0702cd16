/**
 * What crawlers read from a prerendered page: the <head> tags and the
 * JSON-LD scripts. React writes attributes as name="value" with entities
 * for & " ' < >, so a tag-and-attribute scan reads them reliably.
 */
export type Tag = Record<string, string>;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', '#x27': "'", '#39': "'", lt: '<', gt: '>' };
const decode = (s: string) => s.replace(/&(amp|quot|#x27|#39|lt|gt);/g, (_, e: string) => ENTITIES[e]!);

function tags(html: string, name: string): Tag[] {
  const out: Tag[] = [];
  for (const m of html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))) {
    const attrs: Tag = {};
    for (const a of m[1]!.matchAll(/([a-zA-Z_:][\w:.-]*)(?:="([^"]*)")?/g)) attrs[a[1]!.toLowerCase()] = decode(a[2] ?? '');
    out.push(attrs);
  }
  return out;
}

export type PageHead = {
  lang: string | null;
  dir: string | null;
  title: string | null;
  canonical: string | null;
  /** hreflang → href. */
  hreflang: Record<string, string>;
  /** type → hrefs of <link rel="alternate" type>. */
  feeds: Record<string, string[]>;
  /** property or name → contents (meta can repeat: article:tag). */
  meta: Record<string, string[]>;
  /** Parsed JSON-LD objects (a parse error throws). */
  jsonLd: Record<string, any>[];
  /** Raw JSON-LD texts, as the HTML parser cuts them. */
  jsonLdText: string[];
};

export function readHead(html: string): PageHead {
  const head = html.slice(0, html.indexOf('</head>') + 7);
  const root = tags(html, 'html')[0] ?? {};
  const links = tags(head, 'link');
  const meta: Record<string, string[]> = {};
  for (const m of tags(head, 'meta')) {
    const key = m.property ?? m.name;
    if (key && m.content !== undefined) (meta[key] ??= []).push(m.content);
  }
  const hreflang: Record<string, string> = {};
  const feeds: Record<string, string[]> = {};
  for (const l of links) {
    if (l.rel !== 'alternate') continue;
    if (l.hreflang) hreflang[l.hreflang] = l.href!;
    else if (l.type) (feeds[l.type] ??= []).push(l.href!);
  }
  const jsonLdText = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script/gi)].map((m) => m[1]!);
  const title = /<title>([^<]*)<\/title>/.exec(head)?.[1];
  return {
    lang: root.lang ?? null,
    dir: root.dir ?? null,
    title: title === undefined ? null : decode(title),
    canonical: links.find((l) => l.rel === 'canonical')?.href ?? null,
    hreflang,
    feeds,
    meta,
    jsonLd: jsonLdText.map((t) => JSON.parse(t)),
    jsonLdText,
  };
}
