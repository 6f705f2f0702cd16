import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchTree } from './watch-tree';

const settle = (ms = 150) => new Promise((r) => setTimeout(r, ms));

describe('watchTree', () => {
  let root = '';
  let stop = () => {};
  afterEach(() => {
    stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('sees every save of a file, also after it was replaced by a rename (as sed -i and many editors save)', async () => {
    root = mkdtempSync(join(tmpdir(), 'watch-tree-'));
    mkdirSync(join(root, 'briefings', 'en'), { recursive: true });
    const file = join(root, 'briefings', 'en', 'a.mdx');
    writeFileSync(file, 'one');
    let changes = 0;
    stop = watchTree(root, () => changes++, 10).close;

    writeFileSync(`${file}.tmp`, 'two');
    renameSync(`${file}.tmp`, file);
    await settle();
    expect(changes).toBe(1);

    writeFileSync(file, 'three');
    await settle();
    expect(changes).toBe(2);
  });

  it('watches a folder created after it started', async () => {
    root = mkdtempSync(join(tmpdir(), 'watch-tree-'));
    let changes = 0;
    stop = watchTree(root, () => changes++, 10).close;
    mkdirSync(join(root, 'fr'));
    await settle();
    const before = changes;
    writeFileSync(join(root, 'fr', 'b.mdx'), 'x');
    await settle();
    expect(changes).toBe(before + 1);
  });
});
