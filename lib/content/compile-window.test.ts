import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBriefingFile } from './briefing-file';
import { chooseWindow, stageWindow } from './compile-window';

const text = (date: string, draft = false) => `---\ntitle: "T"\nsummary: "S"\ndate: ${date}\ndraft: ${draft}\ntopics: [china]\n---\n\nBody.\n`;
const today = { now: Date.parse('2026-06-01T12:00:00+03:00'), preview: false };

const files = [
  { file: 'briefings/ar/a.mdx', text: text('2026-05-01') },
  { file: 'briefings/ar/b.mdx', text: text('2026-05-03') },
  { file: 'briefings/ar/c.mdx', text: text('2026-05-02T09:00+03:00') },
  { file: 'briefings/ar/draft.mdx', text: text('2026-05-30', true) },
  { file: 'briefings/ar/scheduled.mdx', text: text('2026-07-01') },
  { file: 'briefings/en/a.mdx', text: text('2020-01-01') },
  { file: 'briefings/en/broken.mdx', text: 'no frontmatter' },
];

// The metadata index, as the build writes it (the file without frontmatter is in none).
const index = files.flatMap(({ file, text }) => readBriefingFile(file, text)?.briefing ?? []);

describe('chooseWindow', () => {
  it('takes the newest published briefings of each language, as next build prerenders them', () => {
    expect(chooseWindow(index, 2, today)).toEqual(['briefings/ar/b.mdx', 'briefings/ar/c.mdx', 'briefings/en/a.mdx']);
  });
  it('takes drafts and scheduled ones too in a preview', () => {
    expect(chooseWindow(index, 2, { ...today, preview: true })).toEqual(['briefings/ar/draft.mdx', 'briefings/ar/scheduled.mdx', 'briefings/en/a.mdx']);
  });
  it('is empty with N = 0', () => {
    expect(chooseWindow(index, 0, today)).toEqual([]);
  });
});

describe('stageWindow', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('copies content/ whole but for the briefings outside the window and the YAML lists, and clears what an earlier run staged', () => {
    dir = mkdtempSync(join(tmpdir(), 'mawjaz-window-'));
    const content = join(dir, 'content');
    for (const { file, text } of files) {
      mkdirSync(join(content, file, '..'), { recursive: true });
      writeFileSync(join(content, file), text);
    }
    mkdirSync(join(content, 'pages/ar'), { recursive: true });
    writeFileSync(join(content, 'pages/ar/about.mdx'), '---\ntitle: x\n---\n');
    writeFileSync(join(content, 'topics.yaml'), 'topics: []\n');
    const to = join(dir, 'window');
    mkdirSync(join(to, 'briefings/ar'), { recursive: true });
    writeFileSync(join(to, 'briefings/ar/left-over.mdx'), text('2026-01-01'));

    expect(stageWindow(content, to, index, 1, today)).toEqual({ window: 2, briefings: 6 });
    expect(readdirSync(join(to, 'briefings/ar'))).toEqual(['b.mdx']);
    expect(readdirSync(join(to, 'briefings/en'))).toEqual(['a.mdx']);
    expect(existsSync(join(to, 'pages/ar/about.mdx'))).toBe(true);
    // The topic list has one reader, ours: contentlayer is not given it (./stage.ts).
    expect(existsSync(join(to, 'topics.yaml'))).toBe(false);
  });
});
