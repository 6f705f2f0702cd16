import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's chromium, driven by playwright-core. Never a downloaded browser:
 * this machine has no route to one. The background-networking flags stop it
 * from hanging on refused connections (see ../shared/STACK.md).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--font-render-hinting=none',
    ],
  });
}
