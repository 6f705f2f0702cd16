import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * A structural lint of the Dockerfile (no hadolint in Debian bookworm, and
 * no Docker daemon here to build it): the rules that matter for this image.
 * tests/e2e/standalone.test.ts runs what the image runs.
 */
const text = readFileSync('Dockerfile', 'utf8');
// Join continuation lines, drop comments and blanks.
const lines = text
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const instructions = lines.map((l) => {
  const [op, ...rest] = l.split(/\s+/);
  return { op: op!.toUpperCase(), args: rest.join(' ') };
});
const args = new Map(
  instructions
    .filter((i) => i.op === 'ARG' && i.args.includes('='))
    .map((i) => [i.args.split('=')[0]!, i.args.slice(i.args.indexOf('=') + 1)] as const),
);
const resolve = (s: string) => s.replace(/\$\{(\w+)\}/g, (m, name) => args.get(name) ?? m);
const stages = instructions.filter((i) => i.op === 'FROM').map((i) => resolve(i.args));
const lastStageStart = instructions.findLastIndex((i) => i.op === 'FROM');
const finalStage = instructions.slice(lastStageStart);
const dockerignore = readFileSync('.dockerignore', 'utf8').split('\n').map((l) => l.trim());

describe('the Dockerfile', () => {
  it('is multi-stage, with a final stage that builds nothing', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    expect(finalStage.filter((i) => i.op === 'RUN' && /\bnpm\b/.test(i.args))).toEqual([]);
  });

  it.each(stages)('pins base image %s to a Node 20 Debian slim release (no latest, no floating major)', (image) => {
    const [name] = image.split(/\s+AS\s+/i);
    expect(name).toMatch(/^node:20\.\d+\.\d+-bookworm-slim(@sha256:[0-9a-f]{64})?$/);
  });

  it('runs as a non-root user', () => {
    const users = finalStage.filter((i) => i.op === 'USER').map((i) => i.args);
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
  });

  it('has a HEALTHCHECK with a timeout', () => {
    const check = finalStage.find((i) => i.op === 'HEALTHCHECK');
    expect(check?.args).toMatch(/--timeout=\d+s/);
    expect(check?.args).toMatch(/CMD/);
  });

  it('never ADDs a URL or an archive: COPY only', () => {
    expect(instructions.filter((i) => i.op === 'ADD')).toEqual([]);
  });

  it('copies what the standalone server needs: server.js, .next/static and public/', () => {
    const copies = finalStage.filter((i) => i.op === 'COPY').map((i) => i.args);
    expect(copies.some((c) => /\/app\/\.next\/standalone\s+\.\/$/.test(c))).toBe(true);
    expect(copies.some((c) => /\/app\/\.next\/static\s+\.\/\.next\/static$/.test(c))).toBe(true);
    expect(copies.some((c) => /\/app\/public\s+\.\/public$/.test(c))).toBe(true);
  });

  it('listens on every interface in the container and starts server.js with node (behind the method guard), not npm', () => {
    const env = finalStage.filter((i) => i.op === 'ENV').map((i) => i.args).join(' ');
    expect(env).toMatch(/HOSTNAME=0\.0\.0\.0/);
    expect(env).toMatch(/NODE_ENV=production/);
    expect(finalStage.find((i) => i.op === 'CMD')?.args).toBe('["node", "--import", "./lib/http/front-preload.mjs", "server.js"]');
  });

  it('installs from the lockfile (npm ci), copying the lockfile first so the layer caches', () => {
    const ci = instructions.findIndex((i) => i.op === 'RUN' && /npm ci\b/.test(i.args));
    const lock = instructions.findIndex((i) => i.op === 'COPY' && /package-lock\.json/.test(i.args));
    expect(ci).toBeGreaterThan(lock);
    expect(lock).toBeGreaterThan(-1);
    expect(instructions.filter((i) => i.op === 'RUN' && /npm (i|install)\b/.test(i.args))).toEqual([]);
  });

  it.each(['node_modules', '.next', '.git', '.env*'])('keeps %s out of the build context', (entry) => {
    expect(dockerignore).toContain(entry);
  });
});
