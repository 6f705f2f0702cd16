/**
 * npx tsx scripts/page-weight.ts <base URL> [--save-data] <path>…
 * What each page costs as Chromium loads it (encoded response bodies, fresh
 * cache, scripts/bench/bytes.ts, as tests/e2e/budgets.test.ts measures), by
 * kind. `--save-data` sends `Save-Data: on` with every request (lite mode).
 */
import { launchChromium } from './support/chromium';
import { loadPageBytes, readChunkOwners } from './bench/bytes';

const args = process.argv.slice(2);
const saveData = args.includes('--save-data');
const [base, ...paths] = args.filter((a) => a !== '--save-data');
if (!base || paths.length === 0) {
  console.error('usage: tsx scripts/page-weight.ts <base URL> [--save-data] <path>…');
  process.exit(2);
}
const browser = await launchChromium();
try {
  const owners = readChunkOwners(process.cwd());
  for (const path of paths) {
    const page = await loadPageBytes(browser, `${base}${path}`, owners, saveData ? { 'save-data': 'on' } : {});
    const kinds = Object.entries(page.byKind)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
    console.log(`${path}${saveData ? ' (Save-Data: on)' : ''}: ${page.total} B total (${kinds})`);
    for (const r of page.resources) console.log(`  ${r.kind} ${r.bytes} ${r.url.replace(base, '')}`);
  }
} finally {
  await browser.close();
}
