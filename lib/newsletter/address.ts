/**
 * An address as the form gives it, checked and put in the one form it is
 * stored and compared in (trimmed, lower case), or null when it cannot be
 * an address. Deliberately plain: one @, a dot in the domain, no spaces or
 * controls, 254 characters at most (RFC 5321's path limit).
 */
export function normalizeEmail(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const email = input.trim().toLowerCase();
  if (email.length > 254 || email.length < 6) return null;
  if (
    !/^[^\s@<>()[\]\\,;:"\u0000-\u001f\u007f]+@[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?(?:\.[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?)+$/.test(
      email,
    )
  )
    return null;
  const [local] = email.split('@');
  return local!.length <= 64 ? email : null;
}
