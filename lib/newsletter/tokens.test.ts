import { describe, expect, it } from 'vitest';
import { signToken, verifyToken, type TokenClaims } from './tokens';

const claims: TokenClaims = { purpose: 'confirm', email: 'a@example.com', locale: 'ar', source: 'home', expires: 10_000 };

describe('signed tokens', () => {
  const token = signToken(claims, 's1');

  it('verify with the secret, purpose and time they were made for', () => {
    expect(verifyToken(token, 'confirm', 's1', 9_999)).toEqual(claims);
  });

  it.each([
    ['another secret', () => verifyToken(token, 'confirm', 's2', 0)],
    ['another purpose', () => verifyToken(token, 'manage', 's1', 0)],
    ['after expiry', () => verifyToken(token, 'confirm', 's1', 10_001)],
    ['a changed payload', () => verifyToken(`${Buffer.from(JSON.stringify(['confirm', 'b@example.com', 'ar', 'home', 10_000])).toString('base64url')}.${token.split('.')[1]}`, 'confirm', 's1', 0)],
    ['a truncated signature', () => verifyToken(token.slice(0, -2), 'confirm', 's1', 0)],
    ['garbage', () => verifyToken('x.y', 'confirm', 's1', 0)],
    ['a third part', () => verifyToken(`${token}.x`, 'confirm', 's1', 0)],
    ['not a string', () => verifyToken(42, 'confirm', 's1', 0)],
  ])('are refused with %s', (_what, attempt) => {
    expect(attempt()).toBeNull();
  });

  it('never expire when made without an expiry (the manage links of old editions)', () => {
    const manage = signToken({ ...claims, purpose: 'manage', expires: null }, 's1');
    expect(verifyToken(manage, 'manage', 's1', Number.MAX_SAFE_INTEGER)?.email).toBe('a@example.com');
  });
});
