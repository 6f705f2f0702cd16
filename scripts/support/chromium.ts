import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's chromium, driven by playwright-core. Never a downloaded browser:
 * this machine has no route to one. The background-networking flags stop it
 * from hanging on refused connections, measured on this kind of machine.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Every launch of chromium here, playwright's and Lighthouse's. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS, '--font-render-hinting=none'],
  });
}
