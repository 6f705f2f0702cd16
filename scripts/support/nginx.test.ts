import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTemplate, throwawayMainConfig } from './nginx';

const template = readFileSync('deploy/nginx/mawjaz.conf.template', 'utf8');
const rendered = renderTemplate(template, { MAWJAZ_UPSTREAM: '127.0.0.1:3000', MAWJAZ_LISTEN: '8080', MAWJAZ_CACHE_DIR: '/var/cache/m' });

describe('the nginx template', () => {
  it('fills every placeholder and keeps nginx variables', () => {
    const directives = rendered.split('\n').filter((l) => !l.trim().startsWith('#'));
    expect(directives.join('\n')).not.toMatch(/\$\{/);
    expect(rendered).toContain('server 127.0.0.1:3000;');
    expect(rendered).toContain('$upstream_cache_status');
    expect(rendered).toContain('$proxy_host$request_uri');
  });

  it('refuses a placeholder it has no value for', () => {
    expect(() => renderTemplate('listen ${MAWJAZ_NOPE};', {})).toThrow(/MAWJAZ_NOPE/);
  });

  it.each([
    ['stores the upstream’s gzip', /proxy_set_header Accept-Encoding gzip;/],
    ['inflates for clients without gzip', /gunzip on;/],
    ['keeps connections to the upstream alive', /keepalive \d+;[\s\S]*proxy_http_version 1\.1;[\s\S]*proxy_set_header Connection "";/],
    ['reports hits and misses', /add_header X-Cache-Status \$upstream_cache_status always;/],
    ['drops React Server Components request headers', /proxy_set_header RSC "";/],
  ])('%s', (_what, pattern) => {
    expect(rendered).toMatch(pattern);
  });

  it('never ignores the upstream’s Cache-Control, Set-Cookie or Vary', () => {
    expect(rendered).not.toMatch(/proxy_ignore_headers/);
    expect(rendered).not.toMatch(/proxy_hide_header\s+Vary/i);
  });

  it('writes a throwaway main config with every path inside its folder', () => {
    const main = throwawayMainConfig('/tmp/x', '/tmp/x/site.conf', false);
    expect(main).toMatch(/^daemon off;/);
    for (const line of main.split('\n').filter((l) => /_path |pid |error_log |include /.test(l))) expect(line).toContain('/tmp/x/');
    expect(main).not.toContain('user ');
    expect(throwawayMainConfig('/tmp/x', '/tmp/x/site.conf', true)).toContain('user root root;');
  });
});
