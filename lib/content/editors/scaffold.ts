import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isLocale, locales, type Locale } from '../../../i18n/locales';
import { BRIEFINGS_DIR, PLACEHOLDER, SLUG_PATTERN } from '../schema';
import { didYouMeanText } from '../check/suggest';
import { suggestSlug } from '../check/location';
import type { AuthorDeclaration } from '../authors-file';
import { liveBody, liveFrontmatter } from './scaffold-live';

const T = PLACEHOLDER;

/**
 * The words of the template, per language: the sections the newsroom uses
 * (what to know, what happened, how we got here, why it matters), each with
 * a placeholder the check rejects until it is replaced.
 */
const templateText: Record<Locale, {
  title: string;
  summary: string;
  source: string;
  sourceTitle: string;
  time: string;
  corrections: string;
  updated: string;
  draft: string;
  point: string;
  happened: [heading: string, text: string];
  history: [heading: string, event: string];
  matters: [heading: string, calloutTitle: string, text: string];
}> = {
  ar: {
    title: `${T}: العنوان في سطر واحد`,
    summary: `${T}: فقرة واحدة تلخّص الخبر، تظهر تحت العنوان وفي القوائم وبطاقات المشاركة`,
    source: `${T}: اسم المصدر، مثل رويترز`,
    sourceTitle: `${T}: عنوان التقرير كما نشره المصدر (احذف السطر إن لم يكن معروفًا)`,
    time: 'التاريخ مع الساعة وفارق التوقيت عن UTC، إن عُرفت الساعة',
    corrections: 'كل تصحيح بعد النشر: تاريخه وما صُحّح',
    updated: 'تاريخ آخر تحديث جوهري',
    draft: 'يبقي الإيجاز خارج الموقع المنشور',
    point: `${T}: نقطة أساسية في جملة واحدة، منسوبة إلى مصدرها`,
    happened: ['ما الذي حدث', `${T}: الخبر نفسه: من فعل ماذا، ومتى، وبحسب من.`],
    history: ['كيف وصلنا إلى هنا', `${T}: حدث سابق، بتاريخه`],
    matters: ['لماذا يهم', `${T}: عنوان قصير`, `${T}: لماذا يهم هذا الخبر القارئ.`],
  },
  en: {
    title: `${T}: the headline, on one line`,
    summary: `${T}: one paragraph that tells the news; it shows under the title, in lists and on share cards`,
    source: `${T}: the source's name, e.g. Reuters`,
    sourceTitle: `${T}: the report's headline as published (remove the line if unknown)`,
    time: 'the date with the time and its UTC offset, when the time is known',
    corrections: 'each correction after publication: its date and what was corrected',
    updated: 'the day of the last substantive update',
    draft: 'keeps the briefing off the published site',
    point: `${T}: one key point in one sentence, attributed to its source`,
    happened: ['What happened', `${T}: the news itself: who did what, when, according to whom.`],
    history: ['How we got here', `${T}: an earlier event, with its date`],
    matters: ['Why it matters', `${T}: a short title`, `${T}: why this matters to the reader.`],
  },
};

const quote = (s: string) => JSON.stringify(s);

/** The text of a new briefing: valid frontmatter and the section skeleton, with placeholders. */
export function scaffoldBriefing(options: {
  locale: Locale;
  topics: readonly string[];
  today: string;
  authors?: readonly string[];
  /** The version this one is translated from, and the commit of its file. */
  translationOf?: TranslationSource;
  /** A live briefing (`--live`): its coverage starts at this instant, as editors write it. */
  liveStart?: string;
}): string {
  const t = templateText[options.locale];
  // Quoted: YAML would read an id of digits only as a number.
  const of = options.translationOf ? `translationOf:\n  locale: ${options.translationOf.locale}\n  commit: "${options.translationOf.commit}"\n` : '';
  const topics = options.topics.length ? options.topics.join(', ') : T;
  const authors = options.authors?.length ? options.authors.join(', ') : T;
  const live = options.liveStart ? liveFrontmatter(options.locale, options.liveStart) : '';
  const body = options.liveStart ? liveBody(options.locale, options.liveStart) : standardBody(t, options.today);
  return `---
title: ${quote(t.title)}
summary: ${quote(t.summary)}
date: ${options.today}
topics: [${topics}]
authors: [${authors}]
sources:
  - name: ${quote(t.source)}
    title: ${quote(t.sourceTitle)}
    date: ${options.today}
    url: https://${T}.example/
${of}${live}# date: ${options.today}T09:00+03:00   # ${t.time}
# updated: ${options.today}   # ${t.updated}
# corrections:   # ${t.corrections}
#   - date: ${options.today}T12:00+03:00
#     text: "…"
# draft: true   # ${t.draft}
---

${body}`;
}

/** The sections of a briefing that is not live. */
function standardBody(t: (typeof templateText)[Locale], today: string): string {
  return `<KeyPoints>
- ${t.point}
- ${t.point}
- ${t.point}
</KeyPoints>

## ${t.happened[0]}

${t.happened[1]}

## ${t.history[0]}

<Timeline>
  <Event date="${today.slice(0, 7)}">${t.history[1]}</Event>
</Timeline>

## ${t.matters[0]}

<Callout title=${quote(t.matters[1])}>
${t.matters[2]}
</Callout>
`;
}

export type NewBriefingRequest = { slug: string; locales?: readonly string[]; topics?: readonly string[]; authors?: readonly string[] };
export type PlannedFile = { path: string; text: string };
export type TranslationSource = { locale: Locale; commit: string };
/** What git says of a source file: its last commit, and whether it has changes not committed yet. */
export type SourceCommit = { commit: string | null; uncommitted: boolean };

/**
 * What `npm run new:briefing` would write, or why it refuses: a bad slug, an
 * unknown language or topic, or a file (in any letter case) that exists.
 * Nothing is written here; see writeNewBriefing.
 */
export function planNewBriefing(
  request: NewBriefingRequest,
  ctx: {
    root: string;
    today: string;
    topicIds: ReadonlySet<string>;
    authors?: readonly AuthorDeclaration[];
    /** Git's word on a file relative to root; without it, no translationOf is written. */
    sourceCommit?: (path: string) => SourceCommit;
    /** `--live`: the instant the coverage starts. */
    liveStart?: string;
  },
): { files: PlannedFile[]; notes: string[]; translationOf?: TranslationSource } | { error: string } {
  const { slug } = request;
  if (!SLUG_PATTERN.test(slug)) {
    const suggestion = suggestSlug(slug);
    return {
      error: `"${slug}" is not a valid slug: use ASCII lower-case words joined by hyphens${suggestion ? `, e.g. ${suggestion}` : ''}`,
    };
  }
  const wanted = request.locales?.length ? request.locales : locales;
  for (const locale of wanted) {
    if (!isLocale(locale)) return { error: `"${locale}" is not a language of this site: use ${locales.join(', ')}` };
  }
  const known = [...ctx.topicIds].sort();
  for (const topic of request.topics ?? []) {
    if (!ctx.topicIds.has(topic)) {
      return { error: `unknown topic "${topic}"${didYouMeanText(topic, known)}: use one of ${known.join(', ')} — or declare it in content/topics.yaml first` };
    }
  }
  const declared = ctx.authors ?? [];
  const authorIds = declared.map((a) => a.id).sort();
  for (const author of request.authors ?? []) {
    if (!authorIds.includes(author)) {
      return { error: `unknown author "${author}"${didYouMeanText(author, authorIds)}: use one of ${authorIds.join(', ') || '(none)'} — or declare it in content/authors.yaml first` };
    }
  }
  // Without --authors, the newsroom's desk signs it (the first organization
  // declared); never a person picked for the editor.
  const desk = declared.find((a) => a.kind === 'organization');
  const authors = request.authors?.length ? request.authors : desk ? [desk.id] : [];
  const files: PlannedFile[] = [];
  const notes: string[] = [];
  // A translation: the first version in another language that exists (in
  // locale-table order) is its source, tied to the commit it was made from.
  const source = locales
    .filter((l) => !wanted.includes(l))
    .map((l) => ({ locale: l, path: `content/${BRIEFINGS_DIR}/${l}/${slug}.mdx` }))
    .find((s) => existsSync(join(ctx.root, s.path)));
  let translationOf: TranslationSource | undefined;
  if (source && ctx.sourceCommit) {
    const { commit, uncommitted } = ctx.sourceCommit(source.path);
    if (commit) translationOf = { locale: source.locale, commit };
    if (!commit) {
      notes.push(`${source.path} is not committed yet, so translationOf was not written: commit it, then add translationOf (EDITORS.md §7)`);
    } else if (uncommitted) {
      notes.push(`${source.path} has changes not committed yet: translationOf records its last commit, ${commit.slice(0, 12)}; after committing them, set translationOf.commit to the new commit`);
    }
  }
  for (const locale of wanted as Locale[]) {
    const path = `content/${BRIEFINGS_DIR}/${locale}/${slug}.mdx`;
    const dir = join(ctx.root, 'content', BRIEFINGS_DIR, locale);
    const clash = existsSync(dir) ? readdirSync(dir).find((name) => name.toLowerCase() === `${slug}.mdx`) : undefined;
    if (clash) {
      return { error: `content/${BRIEFINGS_DIR}/${locale}/${clash} already exists: it was not overwritten (pick another slug, or edit that file)` };
    }
    files.push({
      path,
      text: scaffoldBriefing({ locale, topics: request.topics ?? [], today: ctx.today, authors, ...(translationOf ? { translationOf } : {}), ...(ctx.liveStart ? { liveStart: ctx.liveStart } : {}) }),
    });
  }
  return { files, notes, ...(translationOf ? { translationOf } : {}) };
}

/** Writes planned files; `wx` refuses to overwrite even if one appeared in the meantime. */
export function writeNewBriefing(root: string, files: readonly PlannedFile[]): void {
  for (const file of files) {
    const full = join(root, file.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, file.text, { flag: 'wx' });
  }
}
