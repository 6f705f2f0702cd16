// @ts-check
/**
 * Renders deploy/nginx/mawjaz.conf.template: the placeholders from the
 * environment, the security headers from lib/http/security-headers.mjs (the
 * one list Node sends too). The image's entry (deploy/entrypoint.sh) runs it;
 * scripts/support/nginx.ts renders the same way for the tests.
 *   node deploy/render-nginx.mjs > /etc/nginx/conf.d/mawjaz.conf
 */
import { readFileSync } from 'node:fs';
import { cachePolicy } from '../lib/http/cache-policy.mjs';
import { isHttpsSite } from '../lib/http/header-rules.mjs';
import { securityHeaders } from '../lib/http/security-headers.mjs';

/**
 * Pure: the template with every `${NAME}` filled; throws on a name with no
 * value, so a typo cannot leave `${…}` in a config. nginx's own `$names` stay.
 * @param {string} template
 * @param {Record<string, string | undefined>} values
 */
export function renderTemplate(template, values) {
  return template.replace(/\$\{([A-Z0-9_]+)\}/g, (_m, name) => {
    const value = values[name];
    if (value === undefined) throw new Error(`nginx template: no value for \${${name}}`);
    return value;
  });
}

/**
 * Pure: the values the template needs beyond the environment's.
 * @param {Record<string, string | undefined>} env
 */
export function derivedValues(env) {
  const headers = securityHeaders({ https: isHttpsSite(env) });
  const quote = (/** @type {string} */ v) => `"${v.replace(/(["\\$])/g, '\\$1')}"`;
  return {
    MAWJAZ_UPSTREAM_TIMEOUT: env.MAWJAZ_UPSTREAM_TIMEOUT ?? '35s',
    MAWJAZ_UPSTREAM_SERVERS: (env.MAWJAZ_UPSTREAM ?? '127.0.0.1:3000')
      .split(/\s+/)
      .filter(Boolean)
      .map((s) => `server ${s} max_fails=0;`)
      .join('\n    '),
    MAWJAZ_SECURITY_HEADERS: headers.map(({ key, value }) => `        add_header ${key} ${quote(value)} always;`).join('\n'),
    MAWJAZ_CC_IMMUTABLE: cachePolicy.immutable.cacheControl,
    MAWJAZ_CC_NOT_FOUND: cachePolicy.notFound.cacheControl,
    MAWJAZ_CC_REFUSED: cachePolicy.refused.cacheControl,
    MAWJAZ_HIDE_SECURITY_HEADERS: headers.map(({ key }) => `        proxy_hide_header ${key};`).join('\n'),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const template = readFileSync(new URL('./nginx/mawjaz.conf.template', import.meta.url), 'utf8');
  process.stdout.write(renderTemplate(template, { ...process.env, ...derivedValues(process.env) }));
}
