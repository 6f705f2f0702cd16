import { readdirSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

/**
 * Calls `onChange` (after `quietMs` without further events) whenever a file
 * under `root` is created, written, renamed or removed.
 *
 * Each folder is watched itself, not each file: Node 20's recursive
 * `fs.watch` on Linux lost a file after an editor saved it by writing a new
 * file and renaming it over the old one (as `sed -i` and many editors do),
 * and later saves of that file went unnoticed. A folder's watch sees every
 * entry in it, whatever its inode. New folders are watched on the next event.
 */
export function watchTree(root: string, onChange: () => void, quietMs = 20): { close: () => void } {
  const watchers = new Map<string, FSWatcher>();
  let pending: NodeJS.Timeout | undefined;
  let closed = false;

  const fire = () => {
    if (closed) return;
    clearTimeout(pending);
    pending = setTimeout(() => {
      if (closed) return;
      sync();
      onChange();
    }, quietMs);
  };

  /** Watches every folder under root not yet watched; forgets the removed ones. */
  function sync(): void {
    const folders = new Set(foldersUnder(root));
    for (const [dir, watcher] of watchers) {
      if (folders.has(dir)) continue;
      watcher.close();
      watchers.delete(dir);
    }
    for (const dir of folders) {
      if (watchers.has(dir)) continue;
      try {
        const watcher = watch(dir, fire);
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(dir);
        });
        watchers.set(dir, watcher);
      } catch {
        // Removed between the listing and the watch: the next event resyncs.
      }
    }
  }

  sync();
  return {
    close: () => {
      closed = true;
      clearTimeout(pending);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

function foldersUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return [dir, ...entries.filter((e) => e.isDirectory()).flatMap((e) => foldersUnder(join(dir, e.name)))];
}
