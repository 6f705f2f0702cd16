/**
 * npm run audit:lighthouse -- <base URL> [name filter]
 * Lighthouse (scripts/bench/lighthouse.ts: mobile, simulated slow 4G) on
 * every template of the running site, in every language and both colour
 * schemes (scripts/support/templates.ts finds them). Prints one line per
 * run and exits 1 unless every category of every run is 100 (a page that
 * says `noindex` may miss `is-crawlable`, and only that: meetsBar). Too slow for
 * the e2e lane (about 15 s a run, 50-odd runs); axe runs there instead
 * (tests/e2e/browser-audit.test.ts).
 */
import { meetsBar, runLighthouse } from './bench/lighthouse';
import { exitOnHelp } from './support/help';
import { discoverTemplates } from './support/templates';

exitOnHelp(import.meta.url);

const [base, filter] = process.argv.slice(2);
if (!base) {
  console.error('usage: npm run audit:lighthouse -- <base URL> [name filter]');
  process.exit(2);
}
const pages = (await discoverTemplates(base)).filter((p) => p.status === 200 && (!filter || p.name.includes(filter)));
/** Whether each page keeps itself out of the index (its robots meta): read once, for both schemes. */
const noindex = new Map<string, boolean>();
for (const page of pages) {
  const head = (await (await fetch(`${base}${page.path}`)).text()).split('</head>')[0] ?? '';
  noindex.set(page.path, /<meta name="robots" content="[^"]*noindex/.test(head));
}
let failed = 0;
for (const scheme of ['light', 'dark'] as const) {
  for (const page of pages) {
    const s = await runLighthouse(`${base}${page.path}`, 3, scheme);
    const ok = meetsBar(s, noindex.get(page.path) === true);
    if (!ok) failed++;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${scheme.padEnd(5)} ${page.locale} ${page.name.padEnd(18)} P${s.performance} A${s.accessibility} BP${s.bestPractices} SEO${s.seo} LCP ${Math.round(s.lcpMs)} ms ${page.path}${s.failing.length ? `  (${s.failing.join(', ')})` : ''}`,
    );
  }
}
console.log(failed ? `${failed} runs below 100` : 'every run 100/100/100/100 (noindex pages: every audit but is-crawlable)');
process.exitCode = failed ? 1 : 0;
