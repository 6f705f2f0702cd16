import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefing, Topic } from '../../lib/content';
import { SCHEDULE_FILE, type Schedule } from '../../lib/clock/schedule.mjs';
import { BRIEFING_INDEX, readTopicList } from '../../lib/content/build-files';
import { briefingCard, shareImageId } from '../../lib/og/card-input';
import { writeSyntheticContent } from '../../scripts/support/synthetic-briefings';
import { buildableCopy } from '../support/build-copy';
import { startCopyServer } from '../support/copy-server';
import { startRedis } from '../support/redis';

/**
 * Publishing to the minute, end to end, with a controlled clock.
 *
 * A copy of the project is built with a briefing (in both languages) timed
 * two hours after the build, and twelve older ones, so that the archive has
 * a second page rendered on demand. Then ONE standalone server (what
 * `npm start` and the Docker image run: lib/serve/ in front of Next) is started under
 * Debian's `faketime`, its clock set to six minutes before the instant and
 * running ten times as fast: once with Redis as Next's cache (as replicas
 * share it), once with Next's file-system cache. Before the instant the briefing is on no
 * surface; the test then just waits (time passes, nothing is rebuilt,
 * restarted or purged), and within five faked minutes of the instant it is
 * on every one. Each response's Date header, written by the server's own
 * (faked) clock, proves which side of the instant it was made on.
 *
 * FAKETIME_DONT_FAKE_MONOTONIC keeps the server's timers (keep-alive,
 * Next's own) on real time; only the wall clock, which decides
 * publication, is moved and sped up.
 */

const SPEED = 10;
const MINUTE = 60_000;
const SLUG = 'zanzibar-cobalt-refinery-opens';
const TOPIC = 'china';
/** A topic no other briefing has: its page in each language opens with this briefing. */
const NEW_TOPIC = 'cobalt';

let project: ReturnType<typeof buildableCopy>;
/** The briefing's instant (ms since the epoch). */
let instant = 0;

/** `2026-12-08T15:00+03:00` for an instant: its minute in Riyadh, as an editor writes it. */
const riyadhMinute = (t: number) => `${new Date(t + 3 * 60 * MINUTE).toISOString().slice(0, 16)}+03:00`;

function briefing(locale: 'ar' | 'en', date: string): string {
  const [title, summary, body] =
    locale === 'en'
      ? ['Zanzibar cobalt refinery opens', 'The first refinery of its kind in East Africa starts work.', 'The refinery in Zanzibar opened today.']
      : ['افتتاح مصفاة للكوبالت في زنجبار', 'أول مصفاة من نوعها في شرق أفريقيا تبدأ العمل.', 'افتُتحت المصفاة في زنجبار اليوم.'];
  return `---\ntitle: "${title}"\nsummary: "${summary}"\ndate: ${date}\ntopics: [${TOPIC}, ${NEW_TOPIC}]\nsources:\n  - name: Reuters\n    url: https://www.reuters.com/business/fixture-zanzibar-cobalt\n---\n\n${body}\n`;
}

/** What a request got, and when the server's own clock says it answered. */
type Answer = { status: number; type: string; body: string; at: number; cache: string | null };

async function get(base: string, path: string): Promise<Answer> {
  const res = await fetch(`${base}${path}`, { redirect: 'manual' });
  const type = res.headers.get('content-type') ?? '';
  const body = type.startsWith('image/') ? `${(await res.arrayBuffer()).byteLength} bytes` : await res.text();
  return { status: res.status, type, body, at: Date.parse(res.headers.get('date') ?? ''), cache: res.headers.get('x-mawjaz-cache') };
}

/** The server's clock now, read from its Date header (second resolution). */
async function serverNow(base: string): Promise<number> {
  return (await get(base, '/robots.txt')).at;
}

let shareImage = '';

/** Every surface, and how to tell the briefing is on it. */
function surfaces(): { name: string; path: string; has: (a: Answer) => boolean }[] {
  const link = (locale: string) => (a: Answer) => a.status === 200 && a.body.includes(`/${locale}/briefings/${SLUG}`);
  return [
    { name: 'its page (en)', path: `/en/briefings/${SLUG}`, has: (a) => a.status === 200 && a.body.includes('Zanzibar cobalt refinery opens') },
    { name: 'its page (ar)', path: `/ar/briefings/${SLUG}`, has: (a) => a.status === 200 && a.body.includes('زنجبار') },
    { name: 'the English home', path: '/en', has: link('en') },
    { name: 'the Arabic home', path: '/ar', has: link('ar') },
    { name: 'the topic page', path: `/en/topics/${TOPIC}`, has: link('en') },
    { name: 'the page of the topic it opens (en)', path: `/en/topics/${NEW_TOPIC}`, has: link('en') },
    { name: 'the page of the topic it opens (ar)', path: `/ar/topics/${NEW_TOPIC}`, has: link('ar') },
    { name: 'the RSS feed', path: '/en/feed.xml', has: link('en') },
    { name: 'the Atom feed', path: '/en/atom.xml', has: link('en') },
    { name: 'the JSON feed', path: '/en/feed.json', has: link('en') },
    { name: "the topic's RSS feed", path: `/en/topics/${TOPIC}/feed.xml`, has: link('en') },
    { name: 'the sitemap', path: '/sitemap.xml', has: link('en') },
    { name: 'the News sitemap', path: '/news-sitemap.xml', has: link('en') },
    { name: 'search (en)', path: '/en/search?q=zanzibar', has: link('en') },
    { name: 'search (ar)', path: `/ar/search?q=${encodeURIComponent('زنجبار')}`, has: link('ar') },
    { name: 'its share image', path: shareImage, has: (a) => a.status === 200 && a.type === 'image/png' },
  ];
}

beforeAll(async () => {
  project = buildableCopy();
  const dir = project.dir;
  // Twelve older briefings in each language: the archive gets a page 2, rendered on demand.
  writeSyntheticContent(dir, 12, { replace: false, topicIds: ['trade', 'china'], seed: 7 });
  // Two hours after now, to the minute, as an editor would time it.
  instant = Math.ceil((Date.now() + 2 * 60 * MINUTE) / MINUTE) * MINUTE;
  writeFileSync(
    join(dir, 'content/topics.yaml'),
    `${readFileSync(join(dir, 'content/topics.yaml'), 'utf8').replace(/\n*$/, '\n')}  - id: ${NEW_TOPIC}\n    label:\n      ar: الكوبالت\n      en: Cobalt\n`,
  );
  for (const locale of ['ar', 'en'] as const) writeFileSync(join(dir, 'content', 'briefings', locale, `${SLUG}.mdx`), briefing(locale, riyadhMinute(instant)));
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    // Only the newest briefing of each language is prerendered: the rest, and archive page 2, render on demand.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', MAWJAZ_PRERENDER_NEWEST: '1' },
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);

  // The share image's URL, derived from the built metadata as the site derives it.
  const index = JSON.parse(readFileSync(join(dir, BRIEFING_INDEX), 'utf8')) as Briefing[];
  const en = index.find((b) => b._id === `briefings/en/${SLUG}.mdx`)!;
  const topics = readTopicList(dir).topics as Topic[];
  shareImage = `/en/briefings/${SLUG}/share-image/${shareImageId(
    briefingCard(
      en,
      'en',
      topics.find((t) => t.id === TOPIC)!,
    ),
  )}.png`;
}, 600_000);

afterAll(() => project?.remove());

/**
 * The standalone server of the copy (what `npm start` runs: lib/serve/,
 * files from disk and Next behind it), under faketime: its clock starts 6
 * minutes before the instant and runs 10 times as fast, so there are 36
 * real seconds to check every surface before it. `ownFiles`: on a copy of
 * the build's standalone folder (tests/support/copy-server.ts).
 */
async function startFakedServer(env: Record<string, string>, ownFiles: boolean) {
  return startCopyServer(project.dir, { fakeAt: instant - 6 * MINUTE, speed: SPEED, env, ownFiles });
}

it("puts a briefing timed for later today in the build's schedule, with its instant", () => {
  const schedule = JSON.parse(readFileSync(join(project.dir, SCHEDULE_FILE), 'utf8')) as Schedule;
  expect(schedule.instants).toContain(instant);
  expect(schedule.timeZone).toBe('Asia/Riyadh');
});

// The two cache modes run side by side, each on its own copy of the
// standalone server (most of each run is waiting for the faked clock).
describe('a briefing timed for later today', () => {
  it.concurrent.each([
    { cache: 'Redis (REDIS_URL, as replicas share it)', redis: true },
    { cache: "Next's file-system cache (one server)", redis: false },
  ])(
    'with $cache: is on no surface before its instant, and on every one within 5 minutes after it, from one server left running',
    async ({ redis }) => {
      const env: Record<string, string> = {};
      const stops: (() => Promise<void>)[] = [];
      let redisUrl = '';
      if (redis) {
        const r = await startRedis();
        stops.push(r.stop);
        redisUrl = env.REDIS_URL = r.url;
      }
      try {
        // The file-system run on its own copy of the standalone folder: it rewrites the prerendered files after the instant.
        const server = await startFakedServer(env, !redis);
        stops.unshift(server.stop);
        await publishesAtItsInstant(server.base, server.output, redis ? redisUrl : null);
      } finally {
        for (const stop of stops) await stop();
      }
    },
    300_000,
  );
});

/** Before the instant: on no surface; after it, with no rebuild, restart or purge: on every one. */
async function publishesAtItsInstant(base: string, readOutput: () => string, redisUrl: string | null): Promise<void> {
  // The server's clock is running: everything here happens before the instant.
  const startedAt = await serverNow(base);
  expect(startedAt).toBeLessThan(instant - MINUTE);
  expect(startedAt).toBeGreaterThan(instant - 10 * MINUTE);

  // A first pass fills Next's cache and the rendered files with what they will have to drop.
  for (const s of surfaces()) await get(base, s.path);
  await get(base, '/en/archive/2');

  // Then, 90 s before the instant, every surface again: still out.
  while ((await serverNow(base)) < instant - 90_000) await new Promise((r) => setTimeout(r, 250));
  const before: Record<string, Answer> = {};
  for (const s of surfaces()) before[s.name] = await get(base, s.path);
  const archiveBefore = await get(base, '/en/archive/2');
  for (const [name, a] of Object.entries(before)) {
    expect(a.at, `${name} answered after the instant: the test ran too slowly`).toBeLessThan(instant);
    expect(
      surfaces()
        .find((s) => s.name === name)!
        .has(a),
      `${name} shows the briefing before its instant`,
    ).toBe(false);
    expect(a.status, `${name}: ${a.status}`).toBeLessThan(500);
  }
  expect(before['its page (en)']!.status).toBe(404);
  expect(before['its share image']!.status).toBe(404);
  expect(archiveBefore.status).toBe(200);

  // The last seconds before it: still out (its minute has not come).
  while ((await serverNow(base)) < instant - 10_000) await new Promise((r) => setTimeout(r, 250));
  const justBefore = await get(base, `/en/briefings/${SLUG}`);
  const homeJustBefore = await get(base, '/en');
  expect(homeJustBefore.at).toBeLessThan(instant);
  expect(justBefore.status).toBe(404);
  expect(homeJustBefore.body).not.toContain(`/en/briefings/${SLUG}`);

  // Let time pass: no rebuild, no restart, no purge.
  while ((await serverNow(base)) < instant + 10_000) await new Promise((r) => setTimeout(r, 500));

  const after: Record<string, Answer> = {};
  for (const s of surfaces()) after[s.name] = await get(base, s.path);
  const archiveAfter = await get(base, '/en/archive/2');
  for (const s of surfaces()) {
    const a = after[s.name]!;
    expect(a.at).toBeGreaterThanOrEqual(instant);
    expect(a.at, `${s.name} answered more than 5 minutes after the instant`).toBeLessThanOrEqual(instant + 5 * MINUTE);
    expect(s.has(a), `${s.name} (${s.path}) does not show the briefing after its instant: ${a.status}`).toBe(true);
  }
  // The on-demand archive page agrees with the prerendered home: the
  // briefing pushed the home's tenth one onto page 2.
  const homeLinks = (html: string) => [...html.matchAll(/href="\/en\/briefings\/([^"/]+)"/g)].map((m) => m[1]!);
  const pushed = homeLinks(before['the English home']!.body).filter((s) => !homeLinks(after['the English home']!.body).includes(s));
  expect(pushed.length).toBeGreaterThan(0);
  for (const slug of pushed) {
    expect(archiveBefore.body).not.toContain(`/en/briefings/${slug}"`);
    expect(archiveAfter.body).toContain(`/en/briefings/${slug}"`);
  }
  const lastBefore = Math.max(...[...Object.values(before), justBefore, homeJustBefore].map((a) => a.at));
  const lastAfter = Math.max(...Object.values(after).map((a) => a.at));
  console.log(
    `scheduled publishing: ${surfaces().length} surfaces all absent at ${(instant - Math.max(...Object.values(before).map((a) => a.at))) / 1000} s before the instant, the page and home still at ${(instant - lastBefore) / 1000} s before (server clock); all present by ${(lastAfter - instant) / 1000} s after it, one server, no restart`,
  );
  // The page's own share image is the one whose URL was derived before the instant.
  expect(after['its page (en)']!.body).toContain(shareImage);
  expect(readOutput()).not.toMatch(/building the .* index in-process/);
  // With REDIS_URL, the pages came from Redis, not the disk.
  if (redisUrl) expect(Number(spawnSync('redis-cli', ['-u', redisUrl, 'dbsize'], { encoding: 'utf8' }).stdout.trim())).toBeGreaterThan(10);
}
