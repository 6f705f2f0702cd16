import { describe, expect, it } from 'vitest';
import { webManifest } from './manifest';

describe('webManifest', () => {
  const m = webManifest({ ar: 'موجز', en: 'Mawjaz' }, 'أخبار موجزة', { theme: '#0a6b4d', background: '#fbfaf7' });

  it('names the site in every language, the default first, and is written in the default language', () => {
    expect(m.name).toBe('موجز · Mawjaz');
    expect(m.short_name).toBe('موجز');
    expect([m.lang, m.dir]).toEqual(['ar', 'rtl']);
  });

  it('starts where the proxy picks the reader’s language, and lists the icons', () => {
    expect(m.start_url).toBe('/');
    expect(m.icons?.map((i) => i.src)).toEqual(['/icon.png', '/apple-icon.png']);
  });
});
