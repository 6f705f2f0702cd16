import type { SetText } from './text';

/**
 * Places set text in the @vercel/og tree: a box of the text's size holding
 * the SVG as an <img>, pulled out by the bleed on every side so marks above
 * and below the line boxes are not clipped. satori only positions the box;
 * it never lays out the words (vercel/satori#74).
 */
export function TextImage({ set, alt }: { set: SetText; alt?: string }) {
  return (
    <div style={{ display: 'flex', width: set.width, height: set.height, flexShrink: 0 }}>
      <img src={set.dataUri} alt={alt ?? set.text} width={set.svgWidth} height={set.svgHeight} style={{ margin: -set.bleed, width: set.svgWidth, height: set.svgHeight }} />
    </div>
  );
}
