import { describe, expect, it } from 'vitest';
import { absoluteUrl, siteUrl } from './url';

describe('siteUrl', () => {
  it('defaults to localhost and prefers NEXT_PUBLIC_SITE_URL over SITE_URL', () => {
    expect(siteUrl({})).toBe('http://localhost:3000');
    expect(siteUrl({ SITE_URL: 'https://b.example' })).toBe('https://b.example');
    expect(siteUrl({ NEXT_PUBLIC_SITE_URL: 'https://a.example/', SITE_URL: 'https://b.example' })).toBe('https://a.example');
  });

  it('keeps a sub-path and drops trailing slashes', () => {
    expect(siteUrl({ SITE_URL: 'https://example.com/news//' })).toBe('https://example.com/news');
  });

  it('refuses something that is not an http(s) URL', () => {
    expect(() => siteUrl({ SITE_URL: 'example.com' })).toThrow(/not a URL/);
    expect(() => siteUrl({ SITE_URL: 'ftp://example.com' })).toThrow(/http/);
  });
});

describe('absoluteUrl', () => {
  it('joins a path to the site and leaves absolute URLs alone', () => {
    expect(absoluteUrl('/ar', 'https://m.example')).toBe('https://m.example/ar');
    expect(absoluteUrl('ar/x', 'https://m.example')).toBe('https://m.example/ar/x');
    expect(absoluteUrl('https://reuters.com/x', 'https://m.example')).toBe('https://reuters.com/x');
    expect(absoluteUrl('mailto:a@b.c', 'https://m.example')).toBe('mailto:a@b.c');
  });
});
