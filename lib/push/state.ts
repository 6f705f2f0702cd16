import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PUSH_MANIFEST, type PushManifest } from './manifest';

/**
 * What the last deployed build published (its push manifest's hashes):
 * `npm run feeds:ping` and `npm run indexnow` announce what differs from it,
 * then record what they announced. A file, PUSH_STATE_FILE (default
 * `.deploy/push-state.json`, git-ignored), which the deploy workflow keeps
 * between deploys in its cache (.github/workflows/deploy.yml; DEPLOY.md).
 * No file: the first deploy, where everything is new.
 */
export const DEFAULT_PUSH_STATE = '.deploy/push-state.json';

export type PushState = { feeds?: Record<string, string>; urls?: Record<string, string> };

export function pushStatePath(root: string, env: Record<string, string | undefined> = process.env): string {
  return resolve(root, env.PUSH_STATE_FILE?.trim() || DEFAULT_PUSH_STATE);
}

export function readPushState(path: string): PushState {
  if (!existsSync(path)) return {};
  const data = JSON.parse(readFileSync(path, 'utf8')) as PushState;
  return data && typeof data === 'object' ? data : {};
}

/** Written whole and renamed into place: a deploy stopped halfway leaves the old state, never half a file. */
export function writePushState(path: string, state: PushState): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, JSON.stringify(state, null, 1));
  renameSync(`${path}.tmp`, path);
}

/** The build's manifest, or null when the build wrote none (run `npm run build` first). */
export function readPushManifest(root: string): PushManifest | null {
  const path = resolve(root, PUSH_MANIFEST);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as PushManifest) : null;
}
