import { INDEXNOW_KEY_PATTERN } from '@/lib/push/notify';

// The IndexNow key file (npm run indexnow names it as keyLocation): the key
// from the server's environment, INDEXNOW_KEY, read per request so that a
// key rotated on the server needs no rebuild. No key (or a malformed one): 404.
export const dynamic = 'force-dynamic';

export function GET() {
  const key = process.env['INDEXNOW_KEY']?.trim() ?? '';
  if (!INDEXNOW_KEY_PATTERN.test(key)) return new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(key, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
