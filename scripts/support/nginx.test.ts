import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derivedValues } from '../../deploy/render-nginx.mjs';
import { securityHeaders } from '../../lib/http/security-headers.mjs';
import { renderTemplate, throwawayMainConfig } from './nginx';

const template = readFileSync('deploy/nginx/mawjaz.conf.template', 'utf8');
const env = { MAWJAZ_UPSTREAM: '127.0.0.1:3000 127.0.0.1:3001', MAWJAZ_LISTEN: '8080', MAWJAZ_CACHE_DIR: '/var/cache/m', MAWJAZ_FILES: '/app/.next/mawjaz-site/files' };
const rendered = renderTemplate(template, { ...env, ...derivedValues(env) });

describe('the nginx template', () => {
  it('fills every placeholder and keeps nginx variables', () => {
    const directives = rendered.split('\n').filter((l) => !l.trim().startsWith('#'));
    expect(directives.join('\n')).not.toMatch(/\$\{/);
    expect(rendered).toContain('server 127.0.0.1:3000 max_fails=0;');
    expect(rendered).toContain('server 127.0.0.1:3001 max_fails=0;');
    expect(rendered).toContain('$upstream_cache_status');
  });

  it('refuses a placeholder it has no value for', () => {
    expect(() => renderTemplate('listen ${MAWJAZ_NOPE};', {})).toThrow(/MAWJAZ_NOPE/);
  });

  it.each([
    ['asks the upstream for one coding, which is part of the key', /proxy_set_header Accept-Encoding \$mawjaz_coding;[\s\S]*proxy_cache_key \$mawjaz_coding\|/],
    ['keys on the raw path and only the query parameters a route reads', /proxy_cache_key [^;]*\$mawjaz_path\?\$mawjaz_args;/],
    ['serves hashed assets from disk, precompressed', /location \/_next\/static\/ \{[\s\S]*brotli_static on;[\s\S]*gzip_static on;/],
    ['serves the stale copy when Next fails or times out', /proxy_cache_use_stale error timeout updating http_500/],
    ['keeps connections to the upstream alive', /keepalive \d+;[\s\S]*proxy_http_version 1\.1;[\s\S]*proxy_set_header Connection "";/],
    ['reports hits and misses to loopback only', /127\.0\.0\.1 \$upstream_cache_status;[\s\S]*add_header X-Cache-Status \$mawjaz_cache_status always;/],
    ['never serves the switcher’s cookie link from the cache', /proxy_cache_bypass \$arg_hl \$http_range;\s*proxy_no_cache \$arg_hl \$http_range;/],
    ['drops React Server Components request headers', /proxy_set_header RSC "";/],
  ])('%s', (_what, pattern) => {
    expect(rendered).toMatch(pattern);
  });

  it('never ignores the upstream’s Cache-Control, Set-Cookie or Vary', () => {
    expect(rendered).not.toMatch(/proxy_ignore_headers/);
    expect(rendered).not.toMatch(/proxy_hide_header\s+Vary/i);
  });

  it('sends each security header once, on nginx’s own errors too', () => {
    for (const { key } of securityHeaders({ https: false })) {
      expect(rendered).toContain(`proxy_hide_header ${key};`);
      expect(rendered.match(new RegExp(`add_header ${key} `, 'g'))?.length).toBe(3);
    }
  });

  it('writes a throwaway main config with every path inside its folder', () => {
    const main = throwawayMainConfig('/tmp/x', '/tmp/x/site.conf', false);
    expect(main).toMatch(/^daemon off;/);
    for (const line of main.split('\n').filter((l) => /_path |pid |error_log |include /.test(l))) expect(line).toContain('/tmp/x/');
    expect(main).not.toContain('user ');
    expect(throwawayMainConfig('/tmp/x', '/tmp/x/site.conf', true)).toContain('user root root;');
  });
});
