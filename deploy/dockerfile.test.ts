import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { derivedValues, renderTemplate } from './render-nginx.mjs';

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
const args = new Map(instructions.filter((i) => i.op === 'ARG' && i.args.includes('=')).map((i) => [i.args.split('=')[0]!, i.args.slice(i.args.indexOf('=') + 1)] as const));
const resolve = (s: string) => s.replace(/\$\{(\w+)\}/g, (m, name) => args.get(name) ?? m);
const stages = instructions.filter((i) => i.op === 'FROM').map((i) => resolve(i.args));
const lastStageStart = instructions.findLastIndex((i) => i.op === 'FROM');
const finalStage = instructions.slice(lastStageStart);
const dockerignore = readFileSync('.dockerignore', 'utf8')
  .split('\n')
  .map((l) => l.trim());

describe('the Dockerfile', () => {
  it('is multi-stage, with a final stage that builds nothing', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    expect(finalStage.filter((i) => i.op === 'RUN' && /\bnpm\b/.test(i.args))).toEqual([]);
  });

  it.each(stages)('pins base image %s to a Node 22 LTS Debian bookworm slim release (no latest, no floating major)', (image) => {
    const [name] = image.split(/\s+AS\s+/i);
    expect(name).toMatch(/^node:22\.\d+\.\d+-bookworm-slim(@sha256:[0-9a-f]{64})?$/);
  });

  it('installs Debian’s nginx with its brotli_static module in the final stage, and cleans apt’s lists', () => {
    const apt = finalStage.find((i) => i.op === 'RUN' && /apt-get install/.test(i.args))?.args ?? '';
    expect(apt).toMatch(/--no-install-recommends nginx libnginx-mod-http-brotli-static/);
    expect(apt).toMatch(/rm -rf \/var\/lib\/apt\/lists/);
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

  it('copies the standalone folder (postbuild put the served tree, our server, public/ and .next/static in it) and the nginx files', () => {
    const copies = finalStage.filter((i) => i.op === 'COPY').map((i) => i.args);
    expect(copies.some((c) => /\/app\/\.next\/standalone\s+\.\/$/.test(c))).toBe(true);
    expect(copies.some((c) => /\/app\/deploy\/entrypoint\.sh \/app\/deploy\/render-nginx\.mjs \.\/deploy\/$/.test(c))).toBe(true);
    expect(copies.some((c) => /\/app\/deploy\/nginx \.\/deploy\/nginx$/.test(c))).toBe(true);
  });

  it('exposes nginx, keeps Node on loopback, and starts both through the entry script, not npm', () => {
    const env = finalStage
      .filter((i) => i.op === 'ENV')
      .map((i) => i.args)
      .join(' ');
    expect(env).toMatch(/HOSTNAME=127\.0\.0\.1/);
    expect(env).toMatch(/MAWJAZ_LISTEN=8080/);
    expect(env).toMatch(/MAWJAZ_FILES=\/app\/\.next\/mawjaz-site\/files/);
    expect(env).toMatch(/NODE_ENV=production/);
    expect(finalStage.find((i) => i.op === 'EXPOSE')?.args).toBe('8080');
    expect(finalStage.find((i) => i.op === 'CMD')?.args).toBe('["/app/deploy/entrypoint.sh"]');
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

  it('keeps deploy/ in the build context: the image runs its entry and nginx files', () => {
    expect(dockerignore).not.toContain('deploy');
  });
});

describe('the image’s nginx', () => {
  it('passes `nginx -t` (Debian’s nginx, with the brotli_static module) with the container config and the rendered site', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-container-'));
    mkdirSync(join(dir, 'files'));
    const env = { MAWJAZ_LISTEN: '127.0.0.1:8080', MAWJAZ_UPSTREAM: '127.0.0.1:3000', MAWJAZ_CACHE_DIR: join(dir, 'cache'), MAWJAZ_FILES: join(dir, 'files') };
    // The container's paths (/tmp/nginx), moved into a folder of the test's own.
    const main = readFileSync('deploy/nginx/container.conf', 'utf8').replaceAll('/tmp/nginx', dir);
    writeFileSync(join(dir, 'nginx.conf'), main);
    writeFileSync(join(dir, 'mawjaz.conf'), renderTemplate(readFileSync('deploy/nginx/mawjaz.conf.template', 'utf8'), { ...env, ...derivedValues(env) }));
    const out = execFileSync('/usr/sbin/nginx', ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toBe('');
  });

  it('has an entry script that bash accepts and that stops the container when either process stops', () => {
    execFileSync('bash', ['-n', 'deploy/entrypoint.sh']);
    const script = readFileSync('deploy/entrypoint.sh', 'utf8');
    expect(script.startsWith('#!/bin/bash\n')).toBe(true);
    expect(script).toMatch(/^set -euo pipefail$/m);
    expect(script).toMatch(/wait -n/);
  });
});

describe('compose.yaml', () => {
  const compose = parse(readFileSync('compose.yaml', 'utf8')) as {
    services: Record<string, { image?: string; build?: unknown; command?: string[]; environment?: Record<string, string>; deploy?: { replicas?: number }; ports?: string[]; depends_on?: unknown }>;
  };
  const { redis, node, nginx } = compose.services;

  it('runs nginx, several Node replicas and Redis', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['nginx', 'node', 'redis']);
    expect(node?.deploy?.replicas).toBeGreaterThanOrEqual(2);
    expect(redis?.image).toMatch(/^redis:\d+\.\d+\.\d+-bookworm$/);
  });

  it('builds one image and runs it in both roles', () => {
    expect(node?.build).toBeTruthy();
    expect(node?.image).toBe('mawjaz');
    expect(nginx?.image).toBe('mawjaz');
    expect(node?.command).toEqual(['/app/deploy/entrypoint.sh', 'node']);
    expect(nginx?.command).toEqual(['/app/deploy/entrypoint.sh', 'nginx']);
  });

  it('shares Next’s cache through Redis and sends nginx to the replicas', () => {
    expect(node?.environment?.REDIS_URL).toBe('redis://redis:6379');
    expect(node?.environment?.HOSTNAME).toBe('0.0.0.0');
    expect(nginx?.environment?.MAWJAZ_UPSTREAM).toBe('node:3000');
    expect(nginx?.ports).toEqual(['8080:8080']);
  });
});
