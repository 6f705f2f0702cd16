import nodemailer, { type Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';

/**
 * One nodemailer transport per SMTP_URL and process, pooled (a digest run
 * sends thousands of messages over a few connections). Without SMTP_URL
 * messages are rendered and printed, not sent: `npm run dev` and a laptop's
 * `npm start` show the confirmation link in the terminal.
 */
const transports = new Map<string, Transporter>();

export function transport(smtpUrl: string | null, pool = false): Transporter {
  const key = `${smtpUrl ?? 'log'}|${pool}`;
  let t = transports.get(key);
  if (!t) {
    t = smtpUrl
      ? nodemailer.createTransport(pool ? `${smtpUrl}${smtpUrl.includes('?') ? '&' : '?'}pool=true&maxConnections=4&maxMessages=Infinity` : smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true });
    transports.set(key, t);
  }
  return t;
}

export async function sendMail(smtpUrl: string | null, message: Mail.Options, pool = false): Promise<void> {
  const info = await transport(smtpUrl, pool).sendMail(message);
  if (!smtpUrl) console.log(`[newsletter] SMTP_URL is not set; not sent:\n${String((info as { message?: Buffer }).message ?? '')}`);
}

export function closeTransports(): void {
  for (const t of transports.values()) t.close();
  transports.clear();
}
