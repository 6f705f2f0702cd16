import { getTranslations } from 'next-intl/server';
import { isLocale, type Locale } from '@/i18n/locales';
import { now } from '@/lib/clock/clock.mjs';
import { siteUrl } from '@/lib/site/url';
import type { ActionContext, Reply } from './actions';
import { newsletterConfig } from './config';
import { sharedDb } from './db';
import { clientKey, originAllowed } from './request';

type Context = { params: Promise<{ locale: string }> };

/** Form posts are a few fields: anything larger is not our form. */
const MAX_BODY = 8 * 1024;

const text = (status: number, body: string) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' } });

function respond(reply: Reply): Response {
  if (reply.status === 303) return new Response(null, { status: 303, headers: { location: reply.location, 'cache-control': 'private, no-store' } });
  return text(reply.status, reply.body);
}

/**
 * A POST handler for a newsletter form: the body read as a form (400 if it
 * is not one, 413 if too large), the origin checked unless the action is
 * authenticated by its token alone (one-click unsubscribe comes from mail
 * providers, with no Origin), the context built, the reply sent. A failure
 * of the database or the mail server is a 503 with a plain message.
 */
export function formRoute(action: (form: FormData, locale: Locale, ctx: ActionContext, request: Request) => Promise<Reply>, checkOrigin: boolean) {
  return async (request: Request, { params }: Context): Promise<Response> => {
    const { locale } = await params;
    if (!isLocale(locale)) return text(404, 'Not found\n');
    const base = siteUrl();
    if (checkOrigin && !originAllowed(request.headers, base)) return text(403, 'Forbidden: this form can only be sent from the site itself.\n');
    if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY) return text(413, 'Payload too large\n');
    const type = request.headers.get('content-type') ?? '';
    let form: FormData;
    if (/^application\/x-www-form-urlencoded|^multipart\/form-data/i.test(type)) {
      try {
        form = await request.formData();
      } catch {
        return text(400, 'Bad request: the form could not be read.\n');
      }
    } else if (type === '' || /^text\/plain/i.test(type)) {
      // Some one-click unsubscribe senders post with no or a text type.
      form = new FormData();
      const raw = (await request.text()).slice(0, MAX_BODY);
      for (const [k, v] of new URLSearchParams(raw)) form.append(k, v);
    } else return text(415, 'Unsupported media type: send a form.\n');
    try {
      const t = await getTranslations({ locale, namespace: 'Newsletter' });
      const site = (await getTranslations({ locale, namespace: 'Site' }))('name');
      const ctx: ActionContext = {
        db: await sharedDb(),
        config: newsletterConfig(process.env, base),
        base,
        now: now(),
        t: (k, v) => t(k as never, v as never),
        site,
        client: clientKey(request.headers),
      };
      return respond(await action(form, locale, ctx, request));
    } catch (error) {
      console.error(`[newsletter] ${new URL(request.url).pathname}: ${(error as Error).message}`);
      return text(503, 'The newsletter is unavailable right now. Please try again later.\n');
    }
  };
}
