/**
 * bench:og — what the share-image text setting costs.
 *
 * Renders 50 share cards of synthetic, mixed titles (Arabic, English, Latin
 * names and numbers inside Arabic; never from content/) to PNG through
 * @vercel/og's ImageResponse, twice, each variant in a fresh child process
 * so that first-image time and peak memory are its own:
 *   - lib/og: the card of lib/og/share-card.tsx, every string set by lib/og/text.ts;
 *   - stock:  the same layout with the strings given to satori as text.
 * Prints first, warm median and warm p95 per image, and peak RSS, with the
 * ratio lib/og / stock.
 *
 * Run: npm run bench:og   (tsx scripts/bench/og.ts [--count 50] [--seed 7])
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createElement as h, type ReactElement } from 'react';
import { ImageResponse } from '@vercel/og';
import { brandLine, createShareImage, setCardText, shareImageSize, type ShareCardInput } from '../../lib/og/share-card';
import { localeFontStack, type FontStack } from '../../lib/og/fonts';
import { satoriCompatible } from '../support/satori-font';
import { SITE_NAMES, syntheticInputs } from './og-titles';
import { BUILD_TIMINGS_FILE, parseBuildTimings } from '../../lib/og/build-timings';
import { exitOnHelp } from '../support/help';

exitOnHelp(import.meta.url);

type Variant = 'lib/og' | 'stock';

interface Report {
  variant: Variant;
  times: number[];
  textTimes: number[];
  peakRss: number;
  note: string | null;
}

// ---------------------------------------------------------------- stock card

/**
 * The same card as lib/og/share-card.tsx, written the stock way: strings as satori
 * text nodes. satori has no `direction`, so a developer mirrors by hand.
 */
function stockCard(input: ShareCardInput, family: (w: 400 | 700) => string): ReactElement {
  const rtl = input.dir === 'rtl';
  const row = rtl ? 'row-reverse' : 'row';
  const brand = brandLine(SITE_NAMES, input.locale);
  const text = (s: string | undefined, style: Record<string, unknown>) => (s ? h('div', { style: { display: 'flex', textAlign: rtl ? 'right' : 'left', ...style } }, s) : null);
  return h(
    'div',
    { style: { display: 'flex', flexDirection: row, width: '100%', height: '100%', background: '#0d1b2e' } },
    h('div', { style: { display: 'flex', width: 14, height: '100%', background: '#e3a83b' } }),
    h(
      'div',
      { style: { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '64px 80px' } },
      h(
        'div',
        { style: { display: 'flex', flexDirection: row, justifyContent: 'space-between', alignItems: 'center' } },
        text(brand, { fontFamily: family(700), fontSize: 30, color: '#e3a83b' }),
        text(input.topic, {
          fontFamily: family(700),
          fontSize: 24,
          color: '#f6f2ea',
          padding: '6px 18px',
          border: '2px solid #e3a83b',
          borderRadius: 999,
        }),
      ),
      h(
        'div',
        { style: { display: 'flex', flexGrow: 1, alignItems: 'center', justifyContent: rtl ? 'flex-end' : 'flex-start' } },
        text(input.title, { fontFamily: family(700), fontSize: 60, lineHeight: 1.4, color: '#f6f2ea', width: 1026 }),
      ),
      h(
        'div',
        {
          style: {
            display: 'flex',
            flexDirection: row,
            justifyContent: 'space-between',
            paddingTop: 22,
            borderTop: '2px solid #2a3a52',
          },
        },
        text(input.date, { fontFamily: family(400), fontSize: 26, color: '#a9b4c4' }),
        text(input.source, { fontFamily: family(400), fontSize: 26, color: '#a9b4c4' }),
      ),
    ),
  );
}

type SatoriFont = { name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' };

function satoriFonts(stacks: FontStack[], patch: boolean): SatoriFont[] {
  return stacks.flat().map((f) => {
    const bytes = patch ? satoriCompatible(f.sfnt).data : f.sfnt;
    return {
      name: f.spec.key,
      data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      weight: f.spec.weight,
      style: 'normal',
    };
  });
}

// ---------------------------------------------------------------- runs

async function png(response: Response): Promise<number> {
  return (await response.arrayBuffer()).byteLength;
}

async function runVariant(variant: Variant, inputs: ShareCardInput[]): Promise<Report> {
  const times: number[] = [];
  const textTimes: number[] = [];
  let note: string | null = null;
  if (variant === 'lib/og') {
    for (const input of inputs) {
      const t0 = performance.now();
      await png(await createShareImage(input, SITE_NAMES));
      times.push(performance.now() - t0);
      // The text-setting share, measured apart (fonts are cached by now).
      const t1 = performance.now();
      await setCardText(input, SITE_NAMES);
      textTimes.push(performance.now() - t1);
    }
  } else {
    // satori throws on Noto Naskh Arabic's rlig lookups, so the baseline uses
    // the copy with the lookups it cannot read emptied (scripts/support/satori-font.ts);
    // the font data is prepared once per locale, as a route would cache it.
    const fonts = new Map<string, { family: (w: 400 | 700) => string; data: SatoriFont[] }>();
    const fontsFor = async (locale: ShareCardInput['locale'], patch: boolean) => {
      const key = `${locale}-${patch}`;
      if (!fonts.has(key)) {
        const stacks = (await Promise.all([localeFontStack(locale, 700), localeFontStack(locale, 400)])).filter((s): s is FontStack => s !== null);
        const family = (w: 400 | 700) =>
          stacks
            .flat()
            .filter((f) => f.spec.weight === w)
            .map((f) => f.spec.key)
            .join(', ');
        fonts.set(key, { family, data: satoriFonts(stacks, patch) });
      }
      return fonts.get(key)!;
    };
    const render = async (input: ShareCardInput, patch: boolean) => {
      const { family, data } = await fontsFor(input.locale, patch);
      return png(new ImageResponse(stockCard(input, family), { ...shareImageSize, fonts: data }));
    };
    for (const input of inputs) {
      const t0 = performance.now();
      await render(input, true);
      times.push(performance.now() - t0);
    }
    // After timing: does stock work with the original fonts at all?
    const probe = inputs.find((i) => i.locale === 'ar');
    if (probe) {
      try {
        await render(probe, false);
      } catch (error) {
        note = `stock satori throws on the original Noto Naskh Arabic ("${(error as Error).message}"); baseline uses the satori-compatible copy`;
      }
    }
  }
  return { variant, times, textTimes, peakRss: process.resourceUsage().maxRSS * 1024, note };
}

// ---------------------------------------------------------------- report

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

function summary(r: Report) {
  const warm = r.times.slice(1);
  return { first: r.times[0]!, median: median(warm), p95: quantile(warm, 0.95), rss: r.peakRss / 2 ** 20 };
}

const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(10);
const mb = (n: number) => `${n.toFixed(0)} MB`.padStart(9);
const x = (n: number) => `${n.toFixed(2)}×`.padStart(10);

async function rasterizer(): Promise<string> {
  try {
    await import('sharp');
    return 'sharp (librsvg)';
  } catch {
    return 'resvg-wasm';
  }
}

function child(variant: Variant, count: number, seed: number): Promise<Report> {
  return new Promise((resolve, reject) => {
    const proc = fork(fileURLToPath(import.meta.url), ['--child', variant, '--count', String(count), '--seed', String(seed)], {
      execArgv: process.execArgv,
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    });
    proc.once('message', (m) => resolve(m as Report));
    proc.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`${variant} bench exited with ${code}`))));
  });
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

async function main() {
  const count = Math.max(2, Number(arg('count', '50')));
  const seed = Number(arg('seed', '7'));
  const childVariant = arg('child', '');
  if (childVariant) {
    const report = await runVariant(childVariant as Variant, syntheticInputs(count, seed));
    process.send?.(report);
    return;
  }

  const inputs = syntheticInputs(count, seed);
  const arabic = inputs.filter((i) => i.locale === 'ar').length;
  console.log(
    `bench:og — ${count} share cards (${arabic} Arabic, ${count - arabic} English), ${shareImageSize.width}×${shareImageSize.height} PNG ` +
      `via @vercel/og ImageResponse; rasterizer: ${await rasterizer()}; Node ${process.version}; one process per variant; ` +
      `${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(2)} (timings are only comparable on a quiet machine)\n`,
  );
  const mine = await child('lib/og', count, seed);
  const stock = await child('stock', count, seed);
  const a = summary(mine);
  const b = summary(stock);
  console.log(`${'variant'.padEnd(22)}${'first'.padStart(10)}${'warm median'.padStart(13)}${'warm p95'.padStart(10)}${'peak RSS'.padStart(10)}`);
  console.log(`${'lib/og'.padEnd(22)}${ms(a.first)}${ms(a.median).padStart(13)}${ms(a.p95)}${mb(a.rss).padStart(10)}`);
  console.log(`${'stock @vercel/og'.padEnd(22)}${ms(b.first)}${ms(b.median).padStart(13)}${ms(b.p95)}${mb(b.rss).padStart(10)}`);
  console.log(`${'ratio lib/og / stock'.padEnd(22)}${x(a.first / b.first)}${x(a.median / b.median).padStart(13)}${x(a.p95 / b.p95)}${x(a.rss / b.rss).padStart(10)}`);
  console.log(`\nof which text setting (lib/og/text.ts, all strings of a card): median ${median(mine.textTimes).toFixed(1)} ms, ` + `p95 ${quantile(mine.textTimes, 0.95).toFixed(1)} ms`);
  if (stock.note) console.log(`note: ${stock.note}`);
  const target = 100;
  console.log(`warm median target < ${target} ms: ${a.median < target ? 'met' : 'NOT met'}`);

  const build = existsSync(BUILD_TIMINGS_FILE) ? parseBuildTimings(readFileSync(BUILD_TIMINGS_FILE, 'utf8')) : null;
  if (!build?.length) {
    console.log('\nbuild: no timings yet — run `npm run build`, then this again');
  } else {
    const times = build.map((t) => t.ms);
    const total = times.reduce((s, t) => s + t, 0);
    console.log(
      `\nbuild (last \`npm run build\`, ${BUILD_TIMINGS_FILE}): ${build.length} share images, ` +
        `${(total / 1000).toFixed(2)} s in all, median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
