// @ts-check
/**
 * `node --import ./lib/http/front-preload.mjs server.js` (`npm start`, the
 * Dockerfile) and NODE_OPTIONS for `next start`: every HTTP server the
 * process creates answers through ./front.mjs — the method guard, the
 * shared cache, compression once, pages without Next's client runtime.
 * Next creates its server with `http.createServer(listener)`
 * (next/dist/server/lib/start-server.js) and offers no hook before its own
 * handling, so the listener is wrapped where it is handed over.
 */
import http from 'node:http';
import { front } from './front.mjs';

const createServer = http.createServer;
/** @type {typeof http.createServer} */
// @ts-expect-error: the overloads of createServer, forwarded as they came.
const unwrapped = (...args) => createServer.apply(http, args);
// @ts-expect-error: the overloads of createServer, forwarded as they came.
http.createServer = function createFrontedServer(...args) {
  const i = args.findIndex((a) => typeof a === 'function');
  // Next's own server, behind the front on loopback, is created unwrapped.
  if (i >= 0) args[i] = front(args[i], { createServer: unwrapped });
  return createServer.apply(this, args);
};
