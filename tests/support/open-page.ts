import type { Page, Response } from 'playwright-core';

/**
 * Opens `url` and waits until the page is what a reader sees: loaded, with
 * the web fonts its layout asked for. Our pages run no script, so nothing
 * else arrives after `load`; Playwright's `networkidle` would add 500 ms of
 * waiting on every page for nothing (about a minute over the e2e lane).
 */
export async function openSettled(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  return response;
}
