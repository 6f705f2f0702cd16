import { ImageResponse } from '@vercel/og';
import type { ReactElement } from 'react';
import type { FontStack } from '@/lib/og/fonts';
import type { SetText, TextDir } from '@/lib/og/text';

/**
 * The three renderings the comparison needs, on identical canvases: the box
 * that holds the text starts at (PAD, PAD) on white, text in black.
 */
export const PAD = 40;

export interface Canvas {
  width: number;
  height: number;
}

export interface Setting {
  text: string;
  dir: TextDir;
  lang: string;
  fonts: FontStack;
  size: number;
  lineHeight: number;
  boxWidth: number;
}

export const canvasFor = (set: SetText): Canvas => ({
  width: Math.ceil(set.width + 2 * PAD),
  height: Math.ceil(set.height + 2 * PAD),
});

const arrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

async function png(element: ReactElement, canvas: Canvas, fonts?: FontStack, fontData: (sfnt: Uint8Array) => Uint8Array = (sfnt) => sfnt): Promise<Uint8Array> {
  const response = new ImageResponse(element, {
    width: canvas.width,
    height: canvas.height,
    fonts: fonts?.map((f) => ({
      name: f.spec.key,
      data: arrayBuffer(fontData(f.sfnt)),
      weight: f.spec.weight,
      style: 'normal' as const,
    })),
  });
  return new Uint8Array(await response.arrayBuffer());
}

/** Our module's SVG, placed by satori as an <img> and rasterized by @vercel/og. */
export function renderModule(set: SetText, canvas: Canvas): Promise<Uint8Array> {
  return png(
    <div style={{ display: 'flex', width: '100%', height: '100%', background: '#fff' }}>
      <img alt="" src={set.dataUri} width={set.svgWidth} height={set.svgHeight} style={{ position: 'absolute', left: PAD - set.bleed, top: PAD - set.bleed }} />
    </div>,
    canvas,
  );
}

/**
 * Stock @vercel/og: satori lays the same text out itself, with the same fonts.
 * `fontData` may swap in a copy of a font that satori can parse (scripts/support/satori-font.ts).
 */
export function renderStock(s: Setting, canvas: Canvas, fontData?: (sfnt: Uint8Array) => Uint8Array): Promise<Uint8Array> {
  return png(
    <div style={{ display: 'flex', width: '100%', height: '100%', background: '#fff' }}>
      <div
        style={{
          display: 'flex',
          position: 'absolute',
          left: PAD,
          top: PAD,
          width: s.boxWidth,
          fontFamily: s.fonts.map((f) => f.spec.key).join(', '),
          fontWeight: s.fonts[0]!.spec.weight,
          fontSize: s.size,
          lineHeight: s.lineHeight,
          color: '#000',
          // satori has no `direction`; start-aligning by hand is the best stock can do.
          textAlign: s.dir === 'rtl' ? 'right' : 'left',
        }}
      >
        {s.text}
      </div>
    </div>,
    canvas,
    s.fonts,
    fontData,
  );
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** @font-face rules for a stack, from the very WOFF files the module converts. */
export function fontFaces(fonts: FontStack, woff: (key: string) => Uint8Array): string {
  return fonts
    .map(
      (f) =>
        `@font-face{font-family:'${f.spec.key}';font-weight:${f.spec.weight};font-style:normal;` +
        `src:url(data:font/woff;base64,${Buffer.from(woff(f.spec.key)).toString('base64')}) format('woff');}`,
    )
    .join('\n');
}

/** The browser reference: a plain block of text with the same fonts, size and width. */
export function browserHtml(s: Setting, faces: string): string {
  const family = s.fonts.map((f) => `'${f.spec.key}'`).join(',');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
${faces}
html,body{margin:0;background:#fff}
#t{position:absolute;left:${PAD}px;top:${PAD}px;width:${s.boxWidth}px;margin:0;
font-family:${family};font-weight:${s.fonts[0]!.spec.weight};font-size:${s.size}px;line-height:${s.lineHeight};
color:#000;white-space:normal;text-align:start}
</style></head><body><p id="t" dir="${s.dir}" lang="${s.lang}">${escapeHtml(s.text)}</p></body></html>`;
}
