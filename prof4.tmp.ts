import { mdxPlainText } from './lib/content/text';
import { buildIndex } from './lib/search/build-index';
import { searchAll } from './lib/search/query';
import { SYNTHETIC_TOPICS, syntheticBriefings } from './scripts/support/synthetic-briefings';
const corpus = syntheticBriefings(10000, 7);
const label = new Map(SYNTHETIC_TOPICS.map((t) => [t.id, t]));
const docs = corpus.filter(b => b.locale === 'ar').map(b => ({ slug: b.slug, date: b.date, title: b.title, summary: b.summary, text: mdxPlainText(b.body), topics: b.topics.map(t => label.get(t)!.ar) }));
const idx = buildIndex(docs);
for (const q of ['رويترز', 'الرقائق', 'النفط', 'اسعار الفايده']) {
  for (let i = 0; i < 5; i++) searchAll(idx, q);
  let t = performance.now(); for (let i = 0; i < 20; i++) idx.search(q.split(' ').map(w => w).join(' ')); const raw = (performance.now() - t) / 20;
  t = performance.now(); for (let i = 0; i < 20; i++) searchAll(idx, q); const all = (performance.now() - t) / 20;
  console.log(q, 'minisearch default', raw.toFixed(2), 'searchAll', all.toFixed(2), searchAll(idx, q).length);
}
