import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/support/chromium';

/**
 * One Debian chromium for a test file: launched before its tests, closed
 * after them. Returns a getter, since the browser exists only once the
 * file's `beforeAll` has run.
 */
export function chromiumForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('chromiumForFile: the browser is only there inside tests and hooks');
    return browser;
  };
}
