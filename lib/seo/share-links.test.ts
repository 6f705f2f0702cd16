import { describe, expect, it } from 'vitest';
import { shareTargets, shareUrl, type ShareInput } from './share-links';

const s: ShareInput = {
  url: 'https://m.example/ar/briefings/x?y=1&z=2',
  title: 'الصين & H200',
  text: 'الصين & H200 — عبر موجز',
  summary: 'ملخص',
};

describe('shareUrl', () => {
  it('builds each service link with every value encoded', () => {
    expect(shareUrl('x', s)).toBe(`https://x.com/intent/post?text=${encodeURIComponent(s.text)}&url=${encodeURIComponent(s.url)}`);
    expect(shareUrl('whatsapp', s)).toBe(`https://wa.me/?text=${encodeURIComponent(`${s.text}\n${s.url}`)}`);
    expect(shareUrl('telegram', s)).toMatch(/^https:\/\/t\.me\/share\/url\?url=https%3A%2F%2Fm\.example/);
    const mail = new URL(shareUrl('email', s));
    expect(mail.protocol).toBe('mailto:');
    expect(decodeURIComponent(shareUrl('email', s))).toContain(`subject=${s.title}`);
  });

  it.each(shareTargets)('never leaves a raw space, & or non-ASCII character in a %s link', (target) => {
    const query = shareUrl(target, s).split('?')[1]!;
    for (const part of query.split('&')) expect(part).toMatch(/^[a-z]+=[A-Za-z0-9%\-_.!~*'()]*$/);
  });
});
