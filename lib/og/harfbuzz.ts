/**
 * One HarfBuzz wasm instance per process.
 *
 * harfbuzzjs 1.x instantiates its wasm with a top-level await when the module
 * is first imported, so a dynamic import behind a module-level promise both
 * loads it once and keeps a failure catchable (the share image then falls
 * back instead of crashing the route).
 */
export type HarfBuzz = typeof import('harfbuzzjs');

let harfbuzz: Promise<HarfBuzz | null> | null = null;

export function loadHarfBuzz(): Promise<HarfBuzz | null> {
  harfbuzz ??= import('harfbuzzjs').then(
    (hb) => hb,
    (error: unknown) => {
      console.error('[og] HarfBuzz failed to load:', error);
      harfbuzz = null; // let a later call retry
      return null;
    },
  );
  return harfbuzz;
}
