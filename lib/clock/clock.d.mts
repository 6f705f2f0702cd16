/** Milliseconds since the epoch, now: the one reading of the clock for publication (./clock.mjs). */
export declare function now(): number;
