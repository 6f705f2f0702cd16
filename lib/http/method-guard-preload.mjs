// @ts-check
/**
 * `node --import ./lib/http/method-guard-preload.mjs server.js` (`npm start`,
 * the Dockerfile) and NODE_OPTIONS for `next start`: every HTTP server the
 * process creates passes its requests through ./method-guard.mjs first.
 * Next creates its server with `http.createServer(listener)`
 * (next/dist/server/lib/start-server.js), and offers no hook before its
 * own handling where a method could be refused.
 */
import http from 'node:http';
import { guard } from './method-guard.mjs';

const createServer = http.createServer;
// @ts-expect-error: the overloads of createServer, forwarded as they came.
http.createServer = function createGuardedServer(...args) {
  const i = args.findIndex((a) => typeof a === 'function');
  if (i >= 0) args[i] = guard(args[i]);
  return createServer.apply(this, args);
};
