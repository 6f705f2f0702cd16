import { locales } from '../../../i18n/locales';
import type { Position } from '../frontmatter';
import type { RuleId } from './rule-catalogue';
import { didYouMean, didYouMeanText } from './suggest';

/**
 * The `link` rule: a link in a body to a briefing, topic or site page of the
 * site points at one that exists (./mdx-rules.ts finds the links).
 */

/** The states a linked briefing can be in (see ./corpus.ts). */
export type LinkTarget = { state: 'published' | 'draft' | 'scheduled'; date: string };

/** What the body rules need to know about the rest of the content. */
export type BodyContext = {
  /** Every briefing by `<locale>/<slug>`. */
  briefings: ReadonlyMap<string, LinkTarget>;
  topicIds: ReadonlySet<string>;
  /** Whether the briefing being checked is a draft (its links may point at drafts). */
  isDraft: boolean;
  /** Its own date, to tell whether a scheduled target is out before it. */
  date: string | null;
  /** Every site page by `<locale>/<slug>` (content/pages/); without it, links to pages are not checked. */
  sitePages?: ReadonlySet<string>;
};

export type BodyReport = (
  rule: RuleId,
  position: Position,
  message: string,
  fix: string,
  severity?: 'error' | 'warning',
) => void;

const briefingLink = /^\/([^/?#]+)\/briefings\/([^/?#]+)\/?(?:[?#].*)?$/;
const topicLink = /^\/([^/?#]+)\/topics\/([^/?#]+)\/?(?:[?#].*)?$/;

const sitePageLink = /^\/([^/?#]+)\/pages\/([^/?#]+)\/?(?:[?#].*)?$/;

/** A link to a site page (about, standards…) that must exist in that language. */
function checkSitePageLink(url: string, where: Position, pages: ReadonlySet<string>, report: BodyReport): boolean {
  const match = sitePageLink.exec(url);
  if (!match) return false;
  const [locale, slug] = [match[1]!, decodeURIComponent(match[2]!)];
  if (pages.has(`${locale}/${slug}`)) return true;
  const slugs = [...pages].filter((k) => k.startsWith(`${locale}/`)).map((k) => k.slice(locale.length + 1));
  const guess = didYouMean(slug, slugs);
  report(
    'link',
    where,
    `the link ${url} is to a site page that does not exist (no content/pages/${locale}/${slug}.mdx)`,
    guess ? `did you mean /${locale}/pages/${guess}?` : `link to one of: ${slugs.sort().map((x) => `/${locale}/pages/${x}`).join(', ') || '(none)'}`,
  );
  return true;
}

/** Links inside the site: a briefing, a topic or a site page that must exist. */
export function checkLink(url: string, where: Position, ctx: BodyContext, report: BodyReport): void {
  if (ctx.sitePages && checkSitePageLink(url, where, ctx.sitePages, report)) return;
  const briefing = briefingLink.exec(url);
  const topic = topicLink.exec(url);
  const match = briefing ?? topic;
  if (!match) return;
  const locale = match[1]!;
  const target = decodeURIComponent(match[2]!);
  if (!(locales as string[]).includes(locale)) {
    report('link', where, `the link ${url} is to a language the site does not have`, `start it with /${locales.join('/ or /')}`);
    return;
  }
  if (topic) {
    if (!ctx.topicIds.has(target)) {
      report('link', where, `the link ${url} is to a topic that does not exist${didYouMeanText(target, ctx.topicIds)}`, `link to one of: ${[...ctx.topicIds].sort().join(', ')}`);
    }
    return;
  }
  const found = ctx.briefings.get(`${locale}/${target}`);
  if (!found) {
    const slugs = [...ctx.briefings.keys()].filter((k) => k.startsWith(`${locale}/`)).map((k) => k.slice(locale.length + 1));
    const guess = didYouMean(target, slugs);
    report(
      'link',
      where,
      `the link ${url} is to a briefing that does not exist (no content/briefings/${locale}/${target}.mdx)`,
      guess ? `did you mean /${locale}/briefings/${guess}?` : `check the slug: it is the file name in content/briefings/${locale}/, without .mdx`,
    );
    return;
  }
  if (found.state === 'draft' && !ctx.isDraft) {
    report('link', where, `the link ${url} is to a draft, which readers cannot open`, 'publish that briefing first (remove its draft: true), or remove the link');
  } else if (found.state === 'scheduled' && !ctx.isDraft && (ctx.date === null || found.date > ctx.date)) {
    report(
      'link',
      where,
      `the link ${url} is to a briefing scheduled for ${found.date}: readers get "not found" until then`,
      `publish this one on or after ${found.date}, or link to it later`,
      'warning',
    );
  }
}
