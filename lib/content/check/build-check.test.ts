import { afterEach, describe, expect, it, vi } from 'vitest';
import { failInOneLine, runBuildChecks } from './build-check';

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

describe('failInOneLine (contentlayer onSuccess)', () => {
  afterEach(() => vi.restoreAllMocks());
  const line = 'content/briefings/en/x.mdx:7:1: reader-drift: read `sources` differently — report it';

  it('prints only the message, never a stack, and stops the build', () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    failInOneLine(() => {
      throw new Error(line);
    }, 'build');
    expect(printed.mock.calls).toEqual([[line]]);
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('only prints under npm run dev, so the preview goes on', () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    failInOneLine(() => {
      throw new Error(line);
    }, 'dev');
    expect(printed.mock.calls).toEqual([[line]]);
    expect(exit).not.toHaveBeenCalled();
  });

  it('does nothing when the work succeeds', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    failInOneLine(() => {}, 'build');
    expect(exit).not.toHaveBeenCalled();
  });
});
