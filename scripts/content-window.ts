/**
 * npm run build, before contentlayer: copies content/ to .contentlayer/window
 * with only the briefings the build prerenders (lib/content/window.ts), for
 * contentlayer to compile. Every other briefing is compiled on its first
 * request; the metadata index still lists all of them.
 */
import { join } from 'node:path';
import { stageWindow, WINDOW_DIR } from '../lib/content/window';
import { PRERENDER_NEWEST, visibility } from '../lib/content/visibility';

const { window, briefings } = stageWindow(join(process.cwd(), 'content'), join(process.cwd(), WINDOW_DIR), PRERENDER_NEWEST, visibility());
console.log(`content window: contentlayer compiles ${window} of ${briefings} briefings (the newest ${PRERENDER_NEWEST} per language)`);
