import juice from 'juice';
import type { EditionView } from '@/lib/digest';
import { LATIN_RUN } from '@/lib/digest/bidi-text';
import { escapeHtml } from '@/lib/format/escape-html';

/**
 * The Daily Brief as an email's HTML part. Mail clients are not browsers:
 * - layout is tables, the CSS is inlined (juice) on every element, and only
 *   the media queries (dark mode, narrow screens) stay in a <style>;
 * - physical CSS only: no mail client of Gmail or Outlook reads logical
 *   properties (caniemail), so `direction` and a physical `text-align` are // rtl-ok: email clients read no logical properties
 *   written on every text cell, with `dir` on the cell too, and on <html>,
 *   <body> and a wrapping <div> with `lang` (Gmail drops <html>'s);
 * - Latin runs inside Arabic go in <span dir="ltr">, the markup twin of the
 *   plain-text part's isolates (lib/digest/bidi-text.ts).
 * Manage links carry MANAGE_TOKEN, replaced per recipient after inlining,
 * so a run inlines an edition once, not once per subscriber.
 */
export const MANAGE_TOKEN = '__MAWJAZ_MANAGE_TOKEN__';

export type EmailWords = {
  lang: string;
  site: string;
  /** "Daily Brief". */
  name: string;
  /** The edition's date, written out. */
  date: string;
  subject: string;
  keyPoints: string;
  read: string;
  web: string;
  why: string;
  unsubscribe: string;
  manage: string;
};

export type EmailLinks = { unsubscribe: string; manage: string };

/** Text as HTML, each Latin run of a right-to-left text in <span dir="ltr">. */
export function bidiHtml(text: string, dir: 'rtl' | 'ltr'): string {
  if (dir === 'ltr') return escapeHtml(text);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(LATIN_RUN)) {
    const run = m[0].replace(/[.'’&+\-_/:@]+$/, '');
    out += escapeHtml(text.slice(last, m.index)) + `<span dir="ltr">${escapeHtml(run)}</span>`;
    last = m.index + run.length;
  }
  return out + escapeHtml(text.slice(last));
}

const css = (dir: 'rtl' | 'ltr') => {
  const align = dir === 'rtl' ? 'right' : 'left';
  return `
body{margin:0;padding:0;background:#f1efe8;-webkit-text-size-adjust:100%}
.bg{background:#f1efe8}
.sheet{background:#fbfaf7;border:1px solid #dcd8cf}
.cell{direction:${dir};text-align:${align};color:#1a1c20;font-family:${dir === 'rtl' ? "'Noto Naskh Arabic',Tahoma,Arial,sans-serif" : 'Helvetica,Arial,sans-serif'};font-size:16px;line-height:1.6}
.pad{padding:16px 24px}
.mast{font-size:20px;font-weight:bold;color:#0a6b4d;padding:20px 24px 4px}
.date{color:#4b5058;font-size:15px;padding:0 24px 12px}
.item{border-top:1px solid #dcd8cf}
.title{margin:0 0 6px;font-size:19px;line-height:1.45;font-weight:bold}
.title a{color:#1a1c20;text-decoration:none}
.sum{margin:0 0 8px}
.pt{font-size:15px;color:#1a1c20;padding:2px 0}
.dot{width:18px;vertical-align:top;color:#0a6b4d;font-size:15px;padding:2px 0}
.more a,.foot a{color:#0a6b4d}
.foot{border-top:1px solid #dcd8cf}
.fp{color:#4b5058;font-size:13px;margin:0 0 8px}
`;
};

// Kept as a <style> by juice (preserveMediaQueries): the colours of dark
// mode (Apple Mail, iOS, Outlook.com honour it; Gmail inverts on its own)
// and the full-width sheet on narrow screens.
const MEDIA = `
@media (prefers-color-scheme: dark){
.bg,body{background:#131518 !important}
.sheet{background:#1d2024 !important;border-color:#34383e !important}
.cell,.title a,.pt{color:#ebe8e2 !important}
.date,.fp{color:#b9b5ad !important}
.mast,.dot,.more a,.foot a{color:#63d0a8 !important}
.item,.foot{border-color:#34383e !important}
}
@media (max-width:620px){.sheet{width:100% !important}.pad{padding:14px 16px !important}}
`;

/** The edition's HTML part, CSS inlined, with MANAGE_TOKEN where each reader's links go. */
export function editionHtml(edition: Pick<EditionView, 'dir' | 'url' | 'entries'>, words: EmailWords, links: EmailLinks): string {
  const { dir } = edition;
  const attrs = `dir="${dir}" lang="${escapeHtml(words.lang)}"`;
  const t = (s: string) => bidiHtml(s, dir);
  const preview = edition.entries[0]?.keyPoints[0] ?? edition.entries[0]?.summary ?? '';
  const items = edition.entries
    .map((e) => {
      const points = e.keyPoints.length
        ? `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" ${attrs} aria-label="${escapeHtml(words.keyPoints)}">${e.keyPoints
            .map((p) => `<tr><td class="dot cell" ${attrs}>•</td><td class="pt cell" ${attrs}>${t(p)}</td></tr>`)
            .join('')}</table>`
        : '';
      return `<tr><td class="item pad cell" ${attrs}><h2 class="title cell" ${attrs}><a href="${escapeHtml(e.url)}">${t(e.title)}</a></h2><p class="sum cell" ${attrs}>${t(
        e.summary,
      )}</p>${points}<p class="more cell" ${attrs}><a href="${escapeHtml(e.url)}">${t(words.read)}</a></p></td></tr>`;
    })
    .join('');
  const html = `<!doctype html><html ${attrs}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark"><title>${escapeHtml(
    words.subject,
  )}</title><style>${css(dir)}</style><style>${MEDIA}</style></head><body ${attrs} style="direction:${dir}"><div style="display:none;max-height:0;overflow:hidden;opacity:0">${t(preview)}${'&#8199;&#65279;&#847;'.repeat(
    30,
  )}</div><div class="bg" ${attrs} style="direction:${dir}"><table role="presentation" class="bg" width="100%" cellpadding="0" cellspacing="0" ${attrs}><tr><td align="center" style="padding:16px 8px"><table role="presentation" class="sheet" width="600" cellpadding="0" cellspacing="0" ${attrs}><tr><td class="mast cell" ${attrs}>${t(
    `${words.site} · ${words.name}`,
  )}</td></tr><tr><td class="date cell" ${attrs}>${t(words.date)}</td></tr>${items}<tr><td class="foot pad cell" ${attrs}><p class="cell fp" ${attrs}><a href="${escapeHtml(edition.url)}">${t(
    words.web,
  )}</a></p><p class="cell fp" ${attrs}>${t(words.why)}</p><p class="cell fp" ${attrs}><a href="${escapeHtml(links.unsubscribe)}">${t(
    words.unsubscribe,
  )}</a> · <a href="${escapeHtml(links.manage)}">${t(words.manage)}</a></p></td></tr></table></td></tr></table></div></body></html>`;
  return juice(html, { preserveMediaQueries: true, removeStyleTags: true, preserveImportant: true, applyWidthAttributes: true, applyAttributesTableElements: true });
}
