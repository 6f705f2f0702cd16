import { connect } from 'node:net';

export type Raw = { status: number; head: string; headers: Record<string, string>; body: string };

/** One HTTP/1.1 request written byte for byte (fetch refuses TRACE, `*` and most odd targets). */
export function rawRequest(base: string, method: string, target: string, headers: [string, string][] = []): Promise<Raw> {
  const url = new URL(base);
  return new Promise((ok, fail) => {
    const socket = connect(Number(url.port), url.hostname);
    const chunks: Buffer[] = [];
    socket.setTimeout(30_000, () => {
      socket.destroy();
      fail(new Error(`timeout: ${method} ${target}`));
    });
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : fail(e)));
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const head = split < 0 ? text : text.slice(0, split);
      const parsed: Record<string, string> = {};
      for (const line of head.split('\r\n').slice(1)) {
        const i = line.indexOf(':');
        if (i > 0) {
          const name = line.slice(0, i).trim().toLowerCase();
          parsed[name] = parsed[name] === undefined ? line.slice(i + 1).trim() : `${parsed[name]}, ${line.slice(i + 1).trim()}`;
        }
      }
      ok({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0), head, headers: parsed, body: split < 0 ? '' : text.slice(split + 4) });
    });
    const lines = [`${method} ${target} HTTP/1.1`, `Host: ${url.host}`, ...headers.map(([k, v]) => `${k}: ${v}`), 'Connection: close', '', ''];
    socket.write(lines.join('\r\n'));
  });
}

/** Runs requests a few at a time. */
export async function all<T, R>(items: T[], fn: (item: T) => Promise<R>, width = 8): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}
