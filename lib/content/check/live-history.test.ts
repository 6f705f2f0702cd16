import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from './corpus';
import { formatDiagnostic } from './diagnostic';

/** content:check against git: an update id once committed never changes (a real repository in a temp folder). */
const root = mkdtempSync(join(tmpdir(), 'mawjaz-live-history-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const git = (...args: string[]) => execFileSync('git', ['-C', root, '-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.com', ...args], { stdio: 'ignore' });
const file = (ids: [string, string]) =>
  `---\ntitle: "Fixture live"\nsummary: "Fixture."\ndate: 2026-01-28\ntopics: [trade]\nsources:\n  - name: Fixture Wire\n    url: https://fixture.example/live\nlive:\n  start: 2026-01-28T09:00+03:00\n---\n\n<Update id="${ids[0]}" time="2026-01-28T11:00+03:00">\nSecond.\n</Update>\n\n<Update id="${ids[1]}" time="2026-01-28T10:00+03:00">\nFirst.\n</Update>\n`;

describe('update-id against the last commit', () => {
  it('passes the committed file, and rejects it once an id is changed, at the update\'s line', () => {
    mkdirSync(join(root, 'content/briefings/en'), { recursive: true });
    writeFileSync(join(root, 'content/topics.yaml'), 'topics:\n  - id: trade\n    label:\n      ar: التجارة\n      en: Trade\n');
    const path = join(root, 'content/briefings/en/fixture-live.mdx');
    writeFileSync(path, file(['second', 'first']));
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'fixture');
    const ids = (r: ReturnType<typeof checkContent>) => r.diagnostics.filter((d) => d.rule === 'update-id').map(formatDiagnostic);
    expect(ids(checkContent(root, '2026-01-28'))).toEqual([]);
    writeFileSync(path, file(['second-renamed', 'first']));
    expect(ids(checkContent(root, '2026-01-28'))).toEqual([
      expect.stringMatching(/^content\/briefings\/en\/fixture-live\.mdx:13:1: update-id: the update of 2026-01-28T11:00\+03:00 had id="second" in the last commit; it is now id="second-renamed" — put back id="second"/),
    ]);
  });
});
