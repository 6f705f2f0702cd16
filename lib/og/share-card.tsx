import { ImageResponse } from '@vercel/og';
import { locales, type Locale } from '@/i18n/locales';
import { brandColours } from '@/lib/site/identity';
import { localeFontStack, type FontStack, type FontWeight } from './fonts';
import { TextImage } from './image';
import { setText, type SetText, type SetTextOptions, type TextDir } from './text';

/**
 * The share card (Open Graph / Twitter image) of a briefing: 1200×630 PNG.
 * Every string goes through ./text.ts, so satori only places boxes and
 * images and never sets an Arabic word itself (vercel/satori#74; stock
 * @vercel/og 0.11.1 even throws on the @fontsource Noto Naskh Arabic font,
 * "lookupType: 5 - substFormat: 3 is not yet supported"). Positions follow
 * the direction: what sits at inline-start is on the right in Arabic.
 */

export const shareImageSize = { width: 1200, height: 630 } as const;

/**
 * The shapes of a briefing's share images. Google asks for 16:9, 4:3 and 1:1
 * images of an article (JSON-LD `image`), Discover shows them large when the
 * page allows `max-image-preview:large`: 1200 px wide each. `wide` is also
 * the Open Graph and Twitter card.
 */
export const shareFormats = {
  wide: { width: 1200, height: 630, title: { size: 68, maxLines: 4 } },
  standard: { width: 1200, height: 900, title: { size: 76, maxLines: 6 } },
  square: { width: 1200, height: 1200, title: { size: 84, maxLines: 8 } },
} as const;
export type ShareFormat = keyof typeof shareFormats;
export const shareImageContentType = 'image/png';
export const SHARE_IMAGE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

export interface ShareCardInput {
  title: string;
  locale: Locale;
  dir: TextDir;
  /** Already formatted for the locale by the caller. */
  date: string;
  topic?: string;
  source?: string;
  /** Which shape (default `wide`, 1200×630). */
  format?: ShareFormat;
}

const COLORS = {
  background: brandColours.night,
  title: brandColours.paper,
  muted: brandColours.muted,
  accent: brandColours.accent,
  rule: brandColours.rule,
} as const;

const PAD_INLINE = 80;
const PAD_BLOCK = 64;
const ACCENT_WIDTH = 14;
const CONTENT_WIDTH = shareImageSize.width - 2 * PAD_INLINE - ACCENT_WIDTH;

const TITLE = { size: 68, minSize: 44, maxLines: 4, lineHeight: 1.4 } as const;

/** Flex direction whose main start is the inline-start side for `dir`. */
export const inlineRow = (dir: TextDir) => (dir === 'rtl' ? 'row-reverse' : 'row');
/** Cross-axis alignment, in a column, of the inline-start side. */
export const inlineStartAlign = (dir: TextDir) => (dir === 'rtl' ? 'flex-end' : 'flex-start');

/** The site's name in each language (lib/site/identity.ts's `siteNameTable`). */
export type SiteNames = Record<Locale, string>;

/**
 * "موجز · Mawjaz" on Arabic cards, "Mawjaz · موجز" on English ones: the
 * card's language first, then the others in table order.
 */
export function brandLine(siteNames: SiteNames, locale: Locale): string {
  const order = [locale, ...locales.filter((l) => l !== locale)];
  return [...new Set(order.map((l) => siteNames[l].trim()).filter(Boolean))].join(' · ');
}

interface Stacks {
  bold: FontStack;
  regular: FontStack;
}

async function stacksFor(locale: Locale): Promise<Stacks | null> {
  const load = (w: FontWeight) => localeFontStack(locale, w);
  const [bold, regular] = await Promise.all([load(700), load(400)]);
  return bold && regular ? { bold, regular } : null;
}

type Label = Omit<SetTextOptions, 'fonts' | 'dir' | 'lang' | 'text'>;

function label(input: ShareCardInput, fonts: FontStack, text: string | undefined, opts: Label): SetText | null {
  if (!text?.trim()) return null;
  return setText({ ...opts, text, fonts, dir: input.dir, lang: input.locale });
}

/** All the card's strings, set. Null when the fonts or HarfBuzz are unavailable. */
export async function setCardText(input: ShareCardInput, siteNames: SiteNames) {
  const stacks = await stacksFor(input.locale);
  if (!stacks) return null;
  const shape = shareFormats[input.format ?? 'wide'].title;
  const title = label(input, stacks.bold, input.title, {
    ...TITLE,
    ...shape,
    width: CONTENT_WIDTH,
    color: COLORS.title,
  });
  const brand = label(input, stacks.bold, brandLine(siteNames, input.locale), {
    size: 30,
    maxLines: 1,
    width: CONTENT_WIDTH / 2,
    color: COLORS.accent,
    lineHeight: 1.4,
    fitWidth: true,
  });
  const topic = label(input, stacks.bold, input.topic, {
    size: 24,
    maxLines: 1,
    width: CONTENT_WIDTH / 2 - 40,
    color: COLORS.title,
    lineHeight: 1.4,
    fitWidth: true,
  });
  const small: Label = { size: 26, maxLines: 1, width: CONTENT_WIDTH / 2 - 20, color: COLORS.muted, lineHeight: 1.4, fitWidth: true };
  const date = label(input, stacks.regular, input.date, small);
  const source = label(input, stacks.regular, input.source, small);
  return { title, brand, topic, date, source };
}

type CardText = NonNullable<Awaited<ReturnType<typeof setCardText>>>;

/** The card's element tree; `text` may be null (fonts missing), leaving only the frame. */
export function ShareCard({ dir, text }: { dir: TextDir; text: CardText | null }) {
  const row = inlineRow(dir);
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: row,
        width: '100%',
        height: '100%',
        background: COLORS.background,
      }}
    >
      <div style={{ display: 'flex', width: ACCENT_WIDTH, height: '100%', background: COLORS.accent }} />
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          padding: `${PAD_BLOCK}px ${PAD_INLINE}px`,
        }}
      >
        <div style={{ display: 'flex', flexDirection: row, justifyContent: 'space-between', alignItems: 'center' }}>
          {text?.brand ? <TextImage set={text.brand} /> : <div style={{ display: 'flex' }} />}
          {text?.topic ? (
            <div
              style={{
                display: 'flex',
                padding: '6px 18px',
                border: `2px solid ${COLORS.accent}`,
                borderRadius: 999,
              }}
            >
              <TextImage set={text.topic} />
            </div>
          ) : null}
        </div>
        <div
          style={{
            display: 'flex',
            flexDirection: 'column',
            flexGrow: 1,
            justifyContent: 'center',
            alignItems: inlineStartAlign(dir),
          }}
        >
          {text?.title ? <TextImage set={text.title} /> : null}
        </div>
        <div
          style={{
            display: 'flex',
            flexDirection: row,
            justifyContent: 'space-between',
            alignItems: 'center',
            paddingTop: 22,
            borderTop: `2px solid ${COLORS.rule}`,
          }}
        >
          {text?.date ? <TextImage set={text.date} /> : <div style={{ display: 'flex' }} />}
          {text?.source ? <TextImage set={text.source} /> : null}
        </div>
      </div>
    </div>
  );
}

/**
 * The share image of a briefing. Never throws for content: if the fonts or
 * HarfBuzz cannot load, the card is drawn without text rather than failing
 * the route.
 */
export async function createShareImage(input: ShareCardInput, siteNames: SiteNames): Promise<ImageResponse> {
  const text = await setCardText(input, siteNames).catch((error: unknown) => {
    console.error('[og] setting the share card text failed:', error);
    return null;
  });
  const { width, height } = shareFormats[input.format ?? 'wide'];
  return new ImageResponse(<ShareCard dir={input.dir} text={text} />, {
    width,
    height,
    // The URL carries a hash of the card's content (./card-input.ts), so a
    // given URL never changes: browsers and CDNs may keep it for a year.
    headers: { 'Cache-Control': SHARE_IMAGE_CACHE_CONTROL },
  });
}
