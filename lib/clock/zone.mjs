// @ts-check
/**
 * Time-zone arithmetic both the clock's schedule (./schedule.mjs, read
 * outside the bundler by the cache handler and our server) and the date
 * formatting (lib/format/date.ts) need. Plain ESM JavaScript for the same
 * reason as ./clock.mjs.
 */

/** @type {Map<string, Intl.DateTimeFormat>} */
const offsetFormats = new Map();

/**
 * The offset of a time zone from UTC at an instant, in milliseconds
 * (Riyadh: +3 h), read from Intl so that a zone's rules, daylight saving
 * included, come from the runtime's time-zone data.
 * @param {number} epoch
 * @param {string} timeZone
 */
export function zoneOffsetMs(epoch, timeZone) {
  let f = offsetFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US-u-nu-latn', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, f);
  }
  const name = f.formatToParts(new Date(epoch)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) * 60_000 : 0;
}
