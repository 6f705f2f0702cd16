import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalSource, parseFrontmatter } from './frontmatter';
import { stageContent, stagedBytes, watchStaged } from './stage';

const lf = '---\ntitle: "T"\ndate: 2026-01-28\n---\n\nBody.\n';

describe('canonicalSource', () => {
  it('turns CRLF, CR and a BOM into what our reader reads, keeping every line where it was', () => {
    for (const raw of [lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r'), `\uFEFF${lf}`, `\uFEFF${lf.replace(/\n/g, '\r\n')}`]) {
      expect(canonicalSource(raw)).toBe(lf);
    }
  });

  it('writes the fences bare: gray-matter would keep spaces after the closing one in the body', () => {
    const spaced = lf.replace(/^---\n/, '--- \t\n').replace('\n---\n', '\n---  \n');
    expect(canonicalSource(spaced)).toBe(lf);
    expect(parseFrontmatter(canonicalSource(spaced))?.body).toBe(parseFrontmatter(spaced)?.body);
  });

  it('leaves a file without frontmatter as it is, but for its line ends', () => {
    expect(canonicalSource('No frontmatter.\r\n')).toBe('No frontmatter.\n');
  });
});

describe('stagedBytes', () => {
  it('canonicalizes the editors\' text files and copies anything else byte for byte', () => {
    const crlf = Buffer.from(lf.replace(/\n/g, '\r\n'));
    expect(stagedBytes('briefings/en/a.mdx', crlf)).toBe(lf);
    expect(stagedBytes('topics.yaml', Buffer.from('topics:\r\n  - id: x\r\n'))).toBe('topics:\n  - id: x\n');
    const image = Buffer.from([0xff, 0xd8, 0x0d, 0x0a]);
    expect(stagedBytes('images/a.jpg', image)).toBe(image);
    // Not UTF-8 (Windows-1256): left alone for the check's `encoding` rule to name.
    const cp1256 = Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc7, 0x0d, 0x0a]);
    expect(stagedBytes('briefings/ar/a.mdx', cp1256)).toBe(cp1256);
  });
});

describe('stageContent and watchStaged', () => {
  let dir: string;
  let from: string;
  let to: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mawjaz-stage-'));
    from = join(dir, 'content');
    to = join(dir, 'staged');
    mkdirSync(join(from, 'briefings/en'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stages what `keep` accepts, removes what an earlier run left, and keeps each source\'s mtime (contentlayer\'s cache key)', () => {
    writeFileSync(join(from, 'briefings/en/a.mdx'), lf.replace(/\n/g, '\r\n'));
    writeFileSync(join(from, 'briefings/en/b.mdx'), lf);
    utimesSync(join(from, 'briefings/en/a.mdx'), new Date('2026-01-01'), new Date('2026-01-02'));
    mkdirSync(join(to, 'briefings/en'), { recursive: true });
    writeFileSync(join(to, 'briefings/en/left-over.mdx'), lf);

    expect(stageContent(from, to, (rel) => !rel.endsWith('b.mdx'))).toEqual(['briefings/en/a.mdx']);
    expect(readFileSync(join(to, 'briefings/en/a.mdx'), 'utf8')).toBe(lf);
    expect(statSync(join(to, 'briefings/en/a.mdx')).mtime.toISOString()).toBe('2026-01-02T00:00:00.000Z');
    expect(existsSync(join(to, 'briefings/en/b.mdx'))).toBe(false);
    expect(existsSync(join(to, 'briefings/en/left-over.mdx'))).toBe(false);
  });

  it('stages a file an editor saves, and removes one deleted, while `npm run dev` runs', async () => {
    stageContent(from, to);
    let lists = 0;
    const watcher = watchStaged(from, to, () => lists++);
    const until = async (done: () => boolean) => {
      for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 20));
      return done();
    };
    try {
      writeFileSync(join(from, 'briefings/en/new.mdx'), `\uFEFF${lf.replace(/\n/g, '\r\n')}`);
      expect(await until(() => existsSync(join(to, 'briefings/en/new.mdx')) && readFileSync(join(to, 'briefings/en/new.mdx'), 'utf8') === lf)).toBe(true);
      rmSync(join(from, 'briefings/en/new.mdx'));
      expect(await until(() => !existsSync(join(to, 'briefings/en/new.mdx')))).toBe(true);
      // The topic list is ours to read, not contentlayer's.
      writeFileSync(join(from, 'topics.yaml'), 'topics: []\n');
      expect(await until(() => lists > 0)).toBe(true);
      expect(existsSync(join(to, 'topics.yaml'))).toBe(false);
    } finally {
      watcher.close();
    }
  });
});
