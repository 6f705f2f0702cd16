import { describe, expect, it } from 'vitest';
import { normalizeEmail } from './address';
import { clientKey, originAllowed } from './request';

const h = (o: Record<string, string>) => new Headers(o);

describe('originAllowed', () => {
  const site = 'https://mawjaz.example';
  it.each([
    [{ origin: 'https://mawjaz.example' }, true],
    [{ origin: 'http://127.0.0.1:4000', host: '127.0.0.1:4000' }, true],
    [{ referer: 'https://mawjaz.example/ar/digest' }, true],
    [{ origin: 'https://evil.example', host: 'mawjaz.example' }, false],
    [{ origin: 'null', host: 'mawjaz.example' }, false],
    [{ host: 'mawjaz.example' }, false],
    [{ referer: 'not a url' }, false],
  ])('%o → %s', (headers, ok) => expect(originAllowed(h(headers), site)).toBe(ok));
});

describe('clientKey', () => {
  it('takes the address the nearest proxy saw, which a client cannot forge', () => {
    expect(clientKey(h({ 'x-forwarded-for': '6.6.6.6, 10.0.0.2' }))).toBe('10.0.0.2');
    expect(clientKey(h({ 'x-real-ip': '10.0.0.3' }))).toBe('10.0.0.3');
    expect(clientKey(h({}))).toBe('unknown');
  });
});

describe('normalizeEmail', () => {
  it.each([
    [' Reader@Example.COM ', 'reader@example.com'],
    ['قارئ@مثال.com', 'قارئ@مثال.com'],
    ['no-at-sign', null],
    ['a@b', null],
    ['a b@example.com', null],
    ['a@example.com\r\nBcc: x@y.z', null],
    [`${'a'.repeat(65)}@example.com`, null],
    [42, null],
  ])('%s → %s', (input, out) => expect(normalizeEmail(input)).toBe(out));
});
