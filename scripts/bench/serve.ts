import { request as httpRequest, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Requests per second and latency of a URL under load, with Debian's wrk
 * (`apt-get install wrk`), asking for gzip as browsers do. The baseline in
 * the same run: a minimal node:http server sending the very same gzip bytes
 * with the same headers, so the ratio says what Next costs over just writing
 * bytes to a socket on this machine, whatever else is running on it.
 */

export type RawResponse = { status: number; headers: Record<string, string>; body: Buffer };

/** One GET with gzip accepted, body left compressed (fetch would inflate it). */
export function fetchRaw(url: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') headers[k] = v;
        resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * The baseline: sends one response's bytes and headers for every request.
 * `allHeaders`: every header of the response (the security headers are
 * ~1 kB of each answer), not only the five that describe the body.
 */
export async function staticServer(response: RawResponse, options: { allHeaders?: boolean } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const keep = ['content-type', 'content-encoding', 'cache-control', 'vary', 'etag'];
  const perConnection = ['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'];
  const headers = Object.fromEntries(Object.entries(response.headers).filter(([k]) => (options.allHeaders ? !perConnection.includes(k) : keep.includes(k))));
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { ...headers, 'content-length': response.body.length });
    res.end(response.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
