import { createHash } from 'node:crypto';
import type Mail from 'nodemailer/lib/mailer';
import type { Locale } from '@/i18n/locales';
import type { EditionView } from '@/lib/digest';
import { editionText } from '@/lib/digest/text-edition';
import type { Translate } from '@/lib/digest/words';
import { dayHeading } from '@/lib/format/day-groups';
import type { NewsletterConfig } from './config';
import { editionHtml, MANAGE_TOKEN, type EmailWords } from './email-html';
import { manageUrl, unsubscribeUrl } from './links';

/**
 * An edition made ready to send: its subject and both parts rendered once,
 * with MANAGE_TOKEN where each reader's signed token goes. `messageFor`
 * then makes one reader's message by replacing it: one language per
 * message, always the edition's.
 */
export type PreparedEdition = { locale: Locale; day: string; subject: string; html: string; text: string; host: string; unsubscribe: string };

/** The email's words in the edition's language: messages' `Newsletter` and `Digest` namespaces. */
export function emailWords(newsletter: Translate, digest: Translate, site: string, day: string, locale: Locale): EmailWords {
  const date = dayHeading(day, locale);
  return {
    lang: locale,
    site,
    name: digest('name'),
    date,
    subject: newsletter('mailSubject', { site, date }),
    keyPoints: digest('keyPoints'),
    read: digest('read'),
    web: newsletter('mailWeb'),
    why: newsletter('mailWhy', { site }),
    unsubscribe: newsletter('mailUnsubscribe'),
    manage: newsletter('mailManage'),
  };
}

export function prepareEdition(edition: EditionView, words: EmailWords, base: string): PreparedEdition {
  const links = { unsubscribe: unsubscribeUrl(base, edition.locale, MANAGE_TOKEN), manage: manageUrl(base, edition.locale, MANAGE_TOKEN) };
  const text = editionText(edition, {
    heading: `${words.site} · ${words.name} · ${words.date}`,
    read: `${words.read}:`,
    web: `${words.web}:`,
    footer: [words.why, `${words.unsubscribe}:`, links.unsubscribe, `${words.manage}:`, links.manage],
  });
  return {
    locale: edition.locale,
    day: edition.day,
    subject: words.subject,
    html: editionHtml(edition, words, links),
    text,
    host: new URL(base).hostname,
    unsubscribe: links.unsubscribe,
  };
}

/** One reader's message: their token in every link, both List-Unsubscribe forms (RFC 2369, RFC 8058). */
export function messageFor(edition: PreparedEdition, to: string, token: string, config: NewsletterConfig): Mail.Options {
  const fill = (s: string) => s.replaceAll(MANAGE_TOKEN, token);
  const mailto = `mailto:${config.unsubscribeMailto}?subject=${encodeURIComponent(`unsubscribe ${token}`)}`;
  // The same edition to the same reader has the same Message-ID, so a
  // message sent twice after a crash (./send.ts) is one to most clients.
  const id = createHash('sha256').update(`${edition.day}|${edition.locale}|${to}`).digest('hex').slice(0, 24);
  return {
    from: config.from,
    to,
    subject: edition.subject,
    text: fill(edition.text),
    html: fill(edition.html),
    // Arabic is two bytes a letter: quoted-printable would triple it, base64 adds a third.
    textEncoding: 'base64',
    messageId: `<digest-${edition.day}-${edition.locale}-${id}@${edition.host}>`,
    headers: {
      'List-Unsubscribe': `<${fill(edition.unsubscribe)}>, <${mailto}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': `Daily Brief (${edition.locale}) <digest-${edition.locale}.${edition.host}>`,
      'Content-Language': edition.locale,
    },
  };
}
