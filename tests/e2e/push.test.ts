import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/support/server';
import { withNewUpdate } from '../../scripts/bench/live-update';
import { buildableCopy } from '../support/build-copy';
import { LIVE } from '../support/fixture-site';

/**
 * WebSub and IndexNow after a deploy, against a stub hub and a stub
 * IndexNow endpoint (real HTTP servers on loopback). A copy of the project
 * with fixture briefings is built (the content step of `npm run build`,
 * scripts/content-build.ts, which writes the push manifest the two commands
 * read) and announced three times: first deploy (everything), then a build
 * that adds, corrects and updates briefings (and adds a draft and a
 * scheduled one), then a build that changes nothing.
 */

const SITE = 'https://fixture.example';
const KEY = 'fixture-indexnow-key-0123';
const locales = ['ar', 'en'] as const;
let project: ReturnType<typeof buildableCopy>;
let hub: Server;
let indexNow: Server;
let hubUrl = '';
let indexNowUrl = '';
const hubBodies: URLSearchParams[] = [];
const submissions: { host: string; key: string; keyLocation: string; urlList: string[] }[] = [];

async function stub(onBody: (body: string) => void): Promise<{ server: Server; url: string }> {
  const port = await freePort();
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      onBody(body);
      res.writeHead(202).end();
    });
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${port}/` };
}

const riyadhMinute = (t: number) => `${new Date(t + 3 * 3_600_000).toISOString().slice(0, 16)}+03:00`;
const today = () => new Date(Date.now() + 3 * 3_600_000).toISOString().slice(0, 10);

function briefing(locale: 'ar' | 'en', title: string, topic: string, extra = ''): string {
  return `---\ntitle: "${title} (${locale})"\nsummary: "Fixture text for the push test, not news."\ndate: 2026-12-01\ntopics: [${topic}]\nsources:\n  - name: Fixture Wire\n    url: https://fixture.example/${encodeURIComponent(title.toLowerCase().replaceAll(' ', '-'))}\n${extra}---\n\nFixture body for the push test.\n`;
}
const write = (locale: string, slug: string, text: string) => writeFileSync(join(project.dir, 'content/briefings', locale, `${slug}.mdx`), text);

/** Runs a command in the copy, asynchronously: the stubs answer from this process's event loop. */
function run(command: string[]): Promise<string> {
  const child = spawn(command[0]!, command.slice(1), {
    cwd: project.dir,
    env: { ...process.env, SITE_URL: SITE, NEXT_PUBLIC_SITE_URL: SITE, WEBSUB_HUB_URL: hubUrl, INDEXNOW_ENDPOINT: indexNowUrl, INDEXNOW_KEY: KEY, PUSH_STATE_FILE: '.deploy/state.json' },
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return new Promise((resolve, reject) => child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command.join(' ')} failed (${code}):\n${out}`)))));
}
/** The build step that writes the manifest, then the deploy's two announcements; what the stubs received. */
async function buildAndAnnounce() {
  hubBodies.length = 0;
  submissions.length = 0;
  await run(['npx', 'tsx', 'scripts/content-build.ts']);
  await run(['npm', 'run', '--silent', 'feeds:ping']);
  await run(['npm', 'run', '--silent', 'indexnow']);
  return { feeds: hubBodies.map((b) => b.get('hub.url')!).sort(), modes: new Set(hubBodies.map((b) => b.get('hub.mode'))), submissions: [...submissions] };
}

beforeAll(async () => {
  const h = await stub((body) => hubBodies.push(new URLSearchParams(body)));
  hub = h.server;
  hubUrl = h.url;
  const i = await stub((body) => submissions.push(JSON.parse(body)));
  indexNow = i.server;
  indexNowUrl = i.url;
  project = buildableCopy();
  for (const locale of locales) write(locale, 'fixture-push-plain', briefing(locale, 'Fixture plain', 'energy'));
}, 120_000);

afterAll(async () => {
  project?.remove();
  await new Promise((r) => hub?.close(r));
  await new Promise((r) => indexNow?.close(r));
});

describe('feeds:ping and indexnow after each deploy', () => {
  let manifest: { feeds: Record<string, string>; urls: Record<string, string> };

  it('first deploy: every feed notified once, every page submitted in one request', async () => {
    const got = await buildAndAnnounce();
    manifest = JSON.parse(readFileSync(join(project.dir, '.contentlayer/mawjaz/push-manifest.json'), 'utf8'));
    expect(got.feeds).toEqual(Object.keys(manifest.feeds).sort());
    expect(got.modes).toEqual(new Set(['publish']));
    expect(got.submissions).toHaveLength(1);
    expect(got.submissions[0]!.urlList.sort()).toEqual(Object.keys(manifest.urls).sort());
    expect(got.submissions[0]).toMatchObject({ host: 'fixture.example', key: KEY, keyLocation: `${SITE}/indexnow.txt` });
  }, 120_000);

  it('a build that adds, corrects and live-updates briefings: exactly the feeds and pages they changed, none for a draft or a scheduled one', async () => {
    for (const locale of locales) {
      write(locale, 'fixture-push-new', briefing(locale, 'Fixture new', 'energy'));
      write(locale, 'fixture-push-plain', briefing(locale, 'Fixture plain', 'energy', `corrections:\n  - date: ${today()}\n    text: "A fixture correction."\n`));
      write(locale, 'fixture-push-draft', briefing(locale, 'Fixture draft', 'semiconductors', 'draft: true\n'));
      write(locale, 'fixture-push-later', briefing(locale, 'Fixture later', 'artificial-intelligence').replace('date: 2026-12-01', `date: ${riyadhMinute(Date.now() + 86_400_000)}`));
      const live = join(project.dir, 'content/briefings', locale, `${LIVE.slug}.mdx`);
      writeFileSync(live, withNewUpdate(readFileSync(live, 'utf8'), { id: 'push-update', time: riyadhMinute(Date.now() - 120_000), body: 'Fixture update for the push test.' }));
    }
    const got = await buildAndAnnounce();
    const feeds = locales.flatMap((l) => [
      ...['feed.xml', 'atom.xml', 'feed.json'].flatMap((f) => [`${SITE}/${l}/${f}`, `${SITE}/${l}/topics/energy/${f}`, `${SITE}/${l}/topics/${LIVE.topic}/${f}`]),
      `${SITE}/${l}/briefings/${LIVE.slug}/atom.xml`,
    ]);
    expect(got.feeds).toEqual(feeds.sort());
    expect(got.submissions).toHaveLength(1);
    const pages = locales.flatMap((l) => [
      `${SITE}/${l}/briefings/fixture-push-new`,
      `${SITE}/${l}/briefings/fixture-push-plain`,
      `${SITE}/${l}/briefings/${LIVE.slug}`,
      // 24 updates: one more moves from page 1 to page 2.
      `${SITE}/${l}/briefings/${LIVE.slug}/updates/2`,
    ]);
    expect(got.submissions[0]!.urlList.sort()).toEqual(pages.sort());
  }, 120_000);

  it('a build that changes nothing: no notification, no submission', async () => {
    const got = await buildAndAnnounce();
    expect(got.feeds).toEqual([]);
    expect(got.submissions).toEqual([]);
  }, 120_000);
});
