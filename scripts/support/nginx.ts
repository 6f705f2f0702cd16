import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { freePort } from './server';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { derivedValues, renderTemplate } from '../../deploy/render-nginx.mjs';

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const TEMPLATE = resolve(import.meta.dirname, '../../deploy/nginx/mawjaz.conf.template');
/** Debian's libnginx-mod-http-brotli-static: `brotli_static` in the template. */
export const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export { renderTemplate };

/**
 * A main nginx.conf for a throwaway instance: foreground, one worker, every
 * path (pid, logs, temp files) inside `dir`, including the site's config.
 */
export function throwawayMainConfig(dir: string, siteConfigPath: string, runAsRoot: boolean): string {
  return [
    'daemon off;',
    `load_module ${BROTLI_STATIC_MODULE};`,
    // As root, workers would drop to `nobody`, who cannot write into dir.
    ...(runAsRoot ? ['user root root;'] : []),
    'worker_processes 1;',
    `pid ${join(dir, 'nginx.pid')};`,
    `error_log ${join(dir, 'error.log')} warn;`,
    'events { worker_connections 1024; }',
    'http {',
    '  access_log off;',
    `  client_body_temp_path ${join(dir, 'client_body')};`,
    `  proxy_temp_path ${join(dir, 'proxy_temp')};`,
    `  fastcgi_temp_path ${join(dir, 'fastcgi')};`,
    `  uwsgi_temp_path ${join(dir, 'uwsgi')};`,
    `  scgi_temp_path ${join(dir, 'scgi')};`,
    `  include ${siteConfigPath};`,
    '}',
    '',
  ].join('\n');
}

export type RunningNginx = { baseURL: string; dir: string; errorLog: () => string; stop: () => Promise<void> };

/**
 * Debian's nginx on 127.0.0.1, in front of `upstream` (host:port, or several
 * separated by spaces), with deploy/nginx/mawjaz.conf.template, serving
 * hashed assets from `files` (a build's .next/mawjaz-site/files). Fails with
 * the packages to install when nginx or its Brotli module is missing.
 */
export async function startNginx(upstream: string, options: { files?: string; upstreamTimeout?: string } = {}): Promise<RunningNginx> {
  if (!existsSync(NGINX_PATH) || !existsSync(BROTLI_STATIC_MODULE)) {
    throw new Error(`nginx or its Brotli module is not installed. Install Debian's: apt-get update && apt-get install -y nginx libnginx-mod-http-brotli-static`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'mawjaz-nginx-'));
  mkdirSync(join(dir, 'cache'));
  const port = await freePort();
  const env = {
    MAWJAZ_UPSTREAM: upstream,
    MAWJAZ_LISTEN: `127.0.0.1:${port}`,
    MAWJAZ_CACHE_DIR: join(dir, 'cache'),
    MAWJAZ_FILES: options.files ?? resolve(import.meta.dirname, '../../.next/mawjaz-site/files'),
    ...(options.upstreamTimeout ? { MAWJAZ_UPSTREAM_TIMEOUT: options.upstreamTimeout } : {}),
  };
  const site = renderTemplate(readFileSync(TEMPLATE, 'utf8'), { ...env, ...derivedValues(env) });
  const sitePath = join(dir, 'mawjaz.conf');
  writeFileSync(sitePath, site);
  const mainPath = join(dir, 'nginx.conf');
  writeFileSync(mainPath, throwawayMainConfig(dir, sitePath, process.getuid?.() === 0));
  const errorLog = () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '');

  let output = '';
  const child: ChildProcess = spawn(NGINX_PATH, ['-p', dir, '-c', mainPath, '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${output}\n${errorLog()}`);
    try {
      await fetch(`${baseURL}/favicon.ico`);
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`nginx did not answer on ${baseURL}:\n${output}\n${errorLog()}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    baseURL,
    dir,
    errorLog,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT'); // graceful: the master waits for its worker
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
