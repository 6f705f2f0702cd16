import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Briefing } from '../content/build-files';
import { siteUrl } from '../site/url';
import { PUSH_MANIFEST, pushManifestOf, type PushManifest } from './manifest';

/** Writes the build's push manifest (./manifest.ts) beside the metadata index. */
export function writePushManifest(root: string, index: readonly Briefing[], builtAt: number): PushManifest {
  const manifest = pushManifestOf(index, siteUrl(), builtAt);
  const path = join(root, PUSH_MANIFEST);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(manifest));
  return manifest;
}
