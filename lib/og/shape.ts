import type { Buffer as HbBuffer } from 'harfbuzzjs';
import type { LoadedFont } from './fonts';
import type { HarfBuzz } from './harfbuzz';

/** One positioned glyph, in font units (y up), as HarfBuzz returns it. */
export interface Glyph {
  id: number;
  /** UTF-16 index of the first character of its cluster in the paragraph. */
  cluster: number;
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

export interface ShapeRequest {
  /** The whole paragraph: HarfBuzz sees the text around the range as context, for Arabic joining. */
  text: string;
  start: number;
  end: number;
  rtl: boolean;
  script: string | null;
  lang: string;
  font: LoadedFont;
}

// One buffer, reused: harfbuzzjs frees wasm memory only when a JS wrapper is
// garbage-collected, so allocating a buffer per call grows the heap.
let shared: { hb: HarfBuzz; buffer: HbBuffer } | null = null;

function bufferFor(hb: HarfBuzz): HbBuffer {
  if (!shared || shared.hb !== hb) shared = { hb, buffer: new hb.Buffer() };
  shared.buffer.clearContents();
  return shared.buffer;
}

/**
 * Shapes text[start, end) with one font. Glyphs come back in visual order
 * (reversed for right-to-left). In right-to-left runs HarfBuzz also applies
 * Unicode mirroring (parentheses, « », …), so the caller must not mirror.
 */
export function shapeRange(hb: HarfBuzz, req: ShapeRequest): Glyph[] {
  if (req.end <= req.start) return [];
  const buffer = bufferFor(hb);
  buffer.addText(req.text, req.start, req.end - req.start);
  buffer.setDirection(req.rtl ? hb.Direction.RTL : hb.Direction.LTR);
  if (req.script) buffer.setScript(req.script);
  buffer.setLanguage(req.lang);
  buffer.guessSegmentProperties(); // fills only what is still unset
  hb.shape(req.font.font, buffer);
  return buffer.getGlyphInfosAndPositions().map((g) => ({
    id: g.codepoint,
    cluster: g.cluster,
    xAdvance: g.xAdvance ?? 0,
    xOffset: g.xOffset ?? 0,
    yOffset: g.yOffset ?? 0,
  }));
}
