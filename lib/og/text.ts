import bidiFactory from 'bidi-js';
import { breakLines, breakOpportunities, prefixSums, type BreakOpportunity, type LineRange } from './breaks';
import type { FontStack, LoadedFont } from './fonts';
import type { HarfBuzz } from './harfbuzz';
import { assignFonts, itemize, resolveScripts, type Item } from './itemize';
import { appendGlyph, fmt, glyphOutline } from './outline';
import { visualOrder } from './reorder';
import { shapeRange, type Glyph } from './shape';
import { escapeHtml } from '@/lib/format/escape-html';
import type { SetLine, SetText, SetTextOptions, TextAlign, TextDir } from './text-types';

/**
 * Sets a paragraph of text as SVG glyph outlines for @vercel/og.
 *
 * satori (inside @vercel/og) shapes Arabic letters but lays the words of each
 * line out left to right, with uneven gaps and early wrapping
 * (vercel/satori#74, open). So the text is set here the way Chromium sets it —
 * bidi runs (UAX #9, bidi-js), HarfBuzz shaping with the paragraph as context
 * and per-cluster font fallback, UAX #14 line breaks, L2 run reordering (HarfBuzz
 * mirrors brackets in right-to-left runs) — and satori only places the result
 * as an <img>, never laying out a word itself.
 */

export type { SetLine, SetRun, SetText, SetTextOptions, TextAlign, TextDir } from './text-types';

const bidi = bidiFactory();
const ELLIPSIS = '\u2026';

interface ShapedItem extends Item {
  glyphs: Glyph[];
}

/** A shaped paragraph, size-independent: advances are in em. */
interface Paragraph {
  text: string;
  items: ShapedItem[];
  /** Prefix sums of per-character advances, em. */
  sums: Float64Array;
  opportunities: BreakOpportunity[];
}

interface Context {
  hb: HarfBuzz;
  fonts: FontStack;
  dir: TextDir;
  lang: string;
}

/** CSS `white-space: normal`: runs of spaces and newlines become one space; ends trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

function fontAt(ctx: Context, index: number): LoadedFont {
  return ctx.fonts[index] ?? ctx.fonts[0]!;
}

function shapeItem(ctx: Context, text: string, item: Item, start: number, end: number): Glyph[] {
  return shapeRange(ctx.hb, {
    text,
    start,
    end,
    rtl: item.level % 2 === 1,
    script: item.script,
    lang: ctx.lang,
    font: fontAt(ctx, item.font),
  });
}

function shapeParagraph(ctx: Context, text: string): Paragraph {
  const { levels } = bidi.getEmbeddingLevels(text, ctx.dir);
  const covers = ctx.fonts.map((f) => (cp: number) => f.unicodes.has(cp));
  const items = itemize(levels, resolveScripts(text), assignFonts(text, covers)).map((item) => ({
    ...item,
    glyphs: shapeItem(ctx, text, item, item.start, item.end),
  }));
  const advances = new Float64Array(text.length);
  for (const item of items) {
    const upem = fontAt(ctx, item.font).upem;
    for (const g of item.glyphs) advances[g.cluster] = (advances[g.cluster] ?? 0) + g.xAdvance / upem;
  }
  return { text, items, sums: prefixSums(advances), opportunities: breakOpportunities(text) };
}

interface Fit {
  size: number;
  lines: LineRange[];
  fits: boolean;
}

const linesFit = (lines: LineRange[], maxLines: number, maxWidthEm: number): boolean => lines.length <= maxLines && lines.every((l) => l.width <= maxWidthEm + 1e-6);

/** Largest size (1 px steps, from size down to minSize) at which the text fits. */
function fitSize(para: Paragraph, size: number, minSize: number, maxLines: number, width: number): Fit {
  for (let s = size; ; s = Math.max(minSize, s - 1)) {
    const lines = breakLines(para.text, para.sums, para.opportunities, width / s);
    const fits = linesFit(lines, maxLines, width / s);
    if (fits || s <= minSize) return { size: s, lines, fits };
  }
}

/** Cut points for the ellipsis, latest first: word breaks, then graphemes, in the last allowed line. */
function ellipsisCuts(para: Paragraph, last: LineRange): number[] {
  const words = para.opportunities.map((o) => o.position).filter((p) => p > last.start && p <= last.contentEnd);
  const graphemes = [...new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(para.text)].map((s) => s.index).filter((p) => p > last.start && p < last.contentEnd);
  return [...new Set([last.contentEnd, ...words.reverse(), ...graphemes.reverse()])];
}

/**
 * Ends the text with "…" inside maxLines at `size`: the ellipsis is part of the
 * paragraph, so it takes the paragraph direction and sits at the line's end
 * (left in Arabic), as text-overflow does in a browser.
 */
function ellipsize(ctx: Context, para: Paragraph, fit: Fit, maxLines: number, width: number) {
  const last = fit.lines[maxLines - 1];
  if (!last) return null;
  for (const cut of ellipsisCuts(para, last)) {
    const text = para.text.slice(0, cut).trimEnd() + ELLIPSIS;
    const cutPara = shapeParagraph(ctx, text);
    const lines = breakLines(text, cutPara.sums, cutPara.opportunities, width / fit.size);
    if (linesFit(lines, maxLines, width / fit.size)) return { para: cutPara, lines };
  }
  return null;
}

interface Piece {
  start: number;
  end: number;
  level: number;
  font: LoadedFont;
  glyphs: Glyph[];
}

/**
 * The runs of one line in visual order. A run cut by the line break is
 * shaped again for its part, still with the paragraph as context.
 */
function linePieces(ctx: Context, para: Paragraph, line: LineRange): Piece[] {
  const pieces: Piece[] = [];
  for (const item of para.items) {
    const start = Math.max(item.start, line.start);
    const end = Math.min(item.end, line.contentEnd);
    if (end <= start) continue;
    const whole = start === item.start && end === item.end;
    pieces.push({
      start,
      end,
      level: item.level,
      font: fontAt(ctx, item.font),
      glyphs: whole ? item.glyphs : shapeItem(ctx, para.text, item, start, end),
    });
  }
  return visualOrder(pieces);
}

const piecesWidth = (pieces: Piece[], size: number): number => pieces.reduce((w, p) => w + p.glyphs.reduce((a, g) => a + g.xAdvance, 0) * (size / p.font.upem), 0);

/** Ascent and descent of the primary font in whole pixels, rounded as Blink's SimpleFontData does. */
export function roundedMetrics(font: LoadedFont, size: number): { ascent: number; descent: number } {
  return {
    ascent: Math.round((font.ascender / font.upem) * size),
    descent: Math.round((font.descender / font.upem) * size),
  };
}

/** Left edge of a line in its box, from the paragraph direction: start is right in RTL. */
export function lineOffset(dir: TextDir, align: TextAlign, boxWidth: number, lineWidth: number): number {
  const free = boxWidth - lineWidth;
  const atStart = dir === 'rtl' ? free : 0;
  if (align === 'center') return free / 2;
  return align === 'end' ? free - atStart : atStart;
}

function drawPieces(pieces: Piece[], x0: number, baseline: number, size: number): string {
  const out: string[] = [];
  let x = x0;
  for (const piece of pieces) {
    const scale = size / piece.font.upem;
    for (const g of piece.glyphs) {
      appendGlyph(out, glyphOutline(piece.font, g.id), x + g.xOffset * scale, baseline - g.yOffset * scale, scale);
      x += g.xAdvance * scale;
    }
  }
  return out.join('');
}

function toSvg(lines: SetLine[], width: number, height: number, bleed: number, color: string) {
  const svgWidth = Math.ceil(width + 2 * bleed);
  const svgHeight = Math.ceil(height + 2 * bleed);
  const paths = lines.map((l) => `<path d="${l.path}"/>`).join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${svgWidth}" height="${svgHeight}" ` +
    `viewBox="${fmt(-bleed)} ${fmt(-bleed)} ${svgWidth} ${svgHeight}"><g fill="${escapeHtml(color)}">${paths}</g></svg>`;
  return { svg, svgWidth, svgHeight, dataUri: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/**
 * Sets `text` in a box `width` px wide. Returns null for empty text, an empty
 * font stack or sizes that make no sense; never throws for text content.
 */
export function setText(options: SetTextOptions): SetText | null {
  const text = collapseWhitespace(options.text ?? '');
  const primary = options.fonts[0];
  if (!text || !primary || !(options.size > 0) || !(options.width > 0)) return null;
  const ctx: Context = {
    hb: primary.hb,
    fonts: options.fonts,
    dir: options.dir,
    lang: options.lang ?? (options.dir === 'rtl' ? 'ar' : 'en'),
  };
  const maxLines = Math.max(1, Math.floor(options.maxLines ?? Number.POSITIVE_INFINITY));
  const minSize = Math.min(options.size, Math.max(1, options.minSize ?? options.size));
  const lineHeightRatio = options.lineHeight ?? 1.25;
  const align = options.align ?? 'start';

  let para = shapeParagraph(ctx, text);
  const fit = fitSize(para, options.size, minSize, maxLines, options.width);
  let lines = fit.lines;
  let truncated = false;
  if (lines.length > maxLines) {
    const cut = ellipsize(ctx, para, fit, maxLines, options.width);
    if (cut) ({ para, lines } = cut);
    else lines = lines.slice(0, maxLines); // nothing fits with "…": drop the rest
    truncated = true;
  }

  const size = fit.size;
  const { ascent, descent } = roundedMetrics(primary, size);
  // As Blink: the line pitch in LayoutUnits (1/64 px, floored), the
  // half-leading floored to whole pixels (FontHeight::AddLeading), and each
  // line's text drawn on the nearest pixel row. Measured against Chromium in
  // tests/og: this keeps every line of a block on Chrome's pixel rows.
  const lineHeight = Math.floor(lineHeightRatio * size * 64) / 64;
  const baselineInLine = Math.floor((lineHeight - (ascent + descent)) / 2) + ascent;

  const laid = lines.map((line) => {
    const pieces = linePieces(ctx, para, line);
    return { line, pieces, width: piecesWidth(pieces, size) };
  });
  const boxWidth = options.fitWidth ? Math.ceil(Math.max(...laid.map((l) => l.width))) : options.width;
  const setLines: SetLine[] = laid.map(({ line, pieces, width }, i) => {
    const x = lineOffset(ctx.dir, align, boxWidth, width);
    const baseline = Math.round(i * lineHeight) + baselineInLine;
    const runs = pieces.map((p) => ({ start: p.start, end: p.end, level: p.level, font: p.font.spec.key, glyphs: p.glyphs.length }));
    return { start: line.start, end: line.contentEnd, width, x, baseline, ascent, descent, runs, path: drawPieces(pieces, x, baseline, size) };
  });

  const height = setLines.length * lineHeight;
  const bleed = Math.ceil(size * 0.5);
  return {
    text: para.text,
    size,
    lineHeight,
    width: boxWidth,
    height,
    lines: setLines,
    truncated,
    bleed,
    ...toSvg(setLines, boxWidth, height, bleed, options.color ?? '#000'),
  };
}
