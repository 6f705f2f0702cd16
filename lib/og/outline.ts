import type { LoadedFont } from './fonts';

/** A glyph outline as SVG commands in font units, y up. */
type Command = { type: string; values: number[] };

const outlines = new WeakMap<LoadedFont, Map<number, Command[]>>();

/** The outline of a glyph, read from the font once per process. */
export function glyphOutline(font: LoadedFont, glyph: number): Command[] {
  let byGlyph = outlines.get(font);
  if (!byGlyph) outlines.set(font, (byGlyph = new Map()));
  let commands = byGlyph.get(glyph);
  if (!commands) {
    commands = font.font.glyphToJson(glyph) as Command[];
    byGlyph.set(glyph, commands);
  }
  return commands;
}

/** Two decimals: well below a device pixel, and short data URIs. */
export const fmt = (n: number): string => String(Math.round(n * 100) / 100);

/**
 * Appends one glyph to SVG path data: font units are scaled to pixels and
 * flipped to y down, with the glyph origin at (x, y).
 */
export function appendGlyph(out: string[], commands: readonly Command[], x: number, y: number, scale: number): void {
  for (const { type, values } of commands) {
    let s = type;
    for (let i = 0; i < values.length; i += 2) {
      if (i > 0) s += ' ';
      s += `${fmt(x + values[i]! * scale)},${fmt(y - values[i + 1]! * scale)}`;
    }
    out.push(s);
  }
}
