import { afterEach, describe, expect, it, vi } from 'vitest';
import { runBuildChecks } from './build-check';

const CORPUS = 'tests/fixtures/corpus';

describe('runBuildChecks (contentlayer onSuccess)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints every diagnostic and fails the build on an error', () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => runBuildChecks(CORPUS, 'Asia/Riyadh', 'build')).toThrow(/content check failed: \d+ error\(s\)/);
    expect(printed.mock.calls[0]![0]).toContain('content/briefings/en/impossible-date.mdx:4:7: date: ');
  });

  it('only reports under npm run dev, so a half-written briefing can be previewed', () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => runBuildChecks(CORPUS, 'Asia/Riyadh', 'dev')).not.toThrow();
    expect(printed.mock.calls.at(-1)![0]).toContain('the preview runs');
  });

  it('passes on the real content', () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => runBuildChecks('.', 'Asia/Riyadh', 'build')).not.toThrow();
    expect(printed).not.toHaveBeenCalled();
  });
});
