import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { projectCopy } from '../support/project-copy';
import { freePort } from '../support/server';
import { writeSyntheticContent } from '../support/synthetic-briefings';
import { syntheticBriefings } from './search-corpus';

/** `npm run bench:search`'s HTTP part: a production build of generated briefings under `next start`, and wrk against search. */

export type HttpOptions = { seed: number; wrkPath: string; duration: number };

export type WrkResult = { label: string; url: string; rps: number; p50: string; p99: string; non2xx: number };

function wrk(label: string, url: string, { wrkPath, duration }: HttpOptions): WrkResult {
  const r = spawnSync(wrkPath, ['-t2', '-c16', `-d${duration}s`, '--latency', '-H', 'Accept-Encoding: gzip', url], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`wrk failed: ${r.stderr}`);
  const out = r.stdout;
  const rps = Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? NaN);
  const p50 = out.match(/\s50%\s+(\S+)/)?.[1] ?? '?';
  const p99 = out.match(/\s99%\s+(\S+)/)?.[1] ?? '?';
  const non2xx = Number(out.match(/Non-2xx or 3xx responses:\s+(\d+)/)?.[1] ?? 0);
  return { label, url, rps, p50, p99, non2xx };
}

export async function http(size: number, options: HttpOptions): Promise<{ results: WrkResult[]; buildSeconds: number } | { skipped: string }> {
  const { seed, wrkPath } = options;
  if (!existsSync(wrkPath)) throw new Error(`wrk not found at ${wrkPath}: apt-get install -y wrk (or set WRK=/path/to/wrk)`);
  const corpus = syntheticBriefings(size, seed);
  const copy = projectCopy({ prefix: 'bench-search-' });
  try {
    writeSyntheticContent(copy.dir, Math.ceil(size / 2), { seed });
    console.error(`building a copy with ${size} generated briefings in ${copy.dir} …`);
    const t0 = performance.now();
    const build = spawnSync('npm', ['run', 'build'], { cwd: copy.dir, encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    const buildSeconds = (performance.now() - t0) / 1000;
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout.slice(-4000)}\n${build.stderr.slice(-4000)}`);
    const port = await freePort();
    const server = spawn('node', ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: copy.dir,
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
      detached: true,
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 120; i++) {
        try {
          if ((await fetch(`${base}/en`)).ok) break;
        } catch {
          /* not up yet */
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      const briefing = corpus.find((b) => b.locale === 'en')!;
      const targets: [string, string][] = [
        ['search ar: الصين', `${base}/ar/search?q=${encodeURIComponent('الصين')}`],
        ['search ar: اسعار الفايده', `${base}/ar/search?q=${encodeURIComponent('اسعار الفايده')}`],
        ['search en: china', `${base}/en/search?q=china`],
        ['search en: electrc cars', `${base}/en/search?q=${encodeURIComponent('electrc cars')}`],
        ['search page, no query (dynamic render, no search)', `${base}/en/search`],
        ['briefing page (prerendered)', `${base}/en/briefings/${briefing.slug}`],
      ];
      // One request each first: the search index loads on the first search.
      for (const [, url] of targets) await (await fetch(url)).arrayBuffer();
      return { results: targets.map(([label, url]) => wrk(label, url, options)), buildSeconds };
    } finally {
      try {
        process.kill(-server.pid!, 'SIGTERM');
      } catch {
        server.kill('SIGTERM');
      }
    }
  } finally {
    copy.remove();
  }
}
