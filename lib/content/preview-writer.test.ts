import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compiledBriefingId, copyContentProject, literal } from '../../tests/support/content-project';
import { formatDiagnostic } from './check/diagnostic';
import { writePreview } from './preview-writer';
import { PREVIEW_FILE } from './build-files';

const ID = compiledBriefingId();
const TODAY = '2026-12-07';
let root: string;
const source = () => join(root, 'content', ID);

beforeEach(() => {
  root = copyContentProject('mawjaz-preview-');
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  rmSync(root, { recursive: true, force: true });
});

/** lib/content/build-files.ts as `next dev` loads it (it reads NODE_ENV once). */
async function devStore() {
  vi.stubEnv('NODE_ENV', 'development');
  vi.resetModules();
  return import('./build-files');
}

describe('writePreview', () => {
  it('writes every briefing of content/ and no diagnostic for the real content', () => {
    const state = writePreview(root, TODAY);
    expect(state.briefings.map((b) => b._id)).toContain(ID);
    expect(state.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(JSON.parse(readFileSync(join(root, PREVIEW_FILE), 'utf8'))).toEqual(state);
  });

  it('leaves a briefing with errors out of the lists, and keeps its diagnostics with line, rule and fix', () => {
    writeFileSync(source(), readFileSync(source(), 'utf8').replace(/^date: .*$/m, 'date: 2026-02-30'));
    const state = writePreview(root, TODAY);
    expect(state.briefings.map((b) => b._id)).not.toContain(ID);
    expect(state.diagnostics.map(formatDiagnostic)).toContainEqual(expect.stringMatching(new RegExp(`^${literal(`content/${ID}`)}:4:7: date: .+ — .+`)));
  });
});

describe('the store in the preview', () => {
  it('reads the preview’s briefings and a broken file’s problems', async () => {
    const store = await devStore();
    writePreview(root, TODAY);
    expect(store.readPreviewProblems(ID, root)).toEqual([]);
    writeFileSync(source(), `${readFileSync(source(), 'utf8')}\n<Sidebar>x</Sidebar>\n`);
    writePreview(root, TODAY);
    expect(store.readPreviewProblems(ID, root).map((d) => d.rule)).toContain('component');
    expect(store.readBriefings(root).map((b) => b._id)).not.toContain(ID);
    expect(store.readPreviewBroken(root)).toEqual([ID]);
  });

  it('compiles the body from the file as it is now, not from contentlayer’s last output', async () => {
    const store = await devStore();
    writePreview(root, TODAY);
    writeFileSync(source(), readFileSync(source(), 'utf8').replace('## What happened', '## What changed today'));
    expect(store.readBody({ _id: ID }, root)?.raw).toContain('## What changed today');
  });

  it('reads nothing of it outside `next dev`', async () => {
    const { readPreviewBroken, readPreviewProblems } = await import('./build-files');
    writeFileSync(source(), `${readFileSync(source(), 'utf8')}\n<Sidebar>x</Sidebar>\n`);
    writePreview(root, TODAY);
    expect(readPreviewProblems(ID, root)).toEqual([]);
    expect(readPreviewBroken(root)).toEqual([]);
  });
});
