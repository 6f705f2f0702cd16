/** The share services: plain links, no third-party script on the page. */
export const shareTargets = ['x', 'whatsapp', 'telegram', 'email'] as const;
export type ShareTarget = (typeof shareTargets)[number];

export type ShareInput = {
  /** Absolute URL of the page. */
  url: string;
  title: string;
  /** One line for messages that carry text: "title — via Mawjaz". */
  text: string;
  summary: string;
};

const q = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');

/** The link that shares a page on one service (encodeURIComponent throughout: spaces as %20, never "+"). */
export function shareUrl(target: ShareTarget, s: ShareInput): string {
  switch (target) {
    case 'x':
      return `https://x.com/intent/post?${q({ text: s.text, url: s.url })}`;
    case 'whatsapp':
      return `https://wa.me/?${q({ text: `${s.text}\n${s.url}` })}`;
    case 'telegram':
      return `https://t.me/share/url?${q({ url: s.url, text: s.text })}`;
    case 'email':
      return `mailto:?${q({ subject: s.title, body: `${s.summary}\n\n${s.url}` })}`;
  }
}
