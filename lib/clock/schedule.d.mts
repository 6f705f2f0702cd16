export type Schedule = { timeZone: string; builtAt: number; instants: number[] };
export declare const SCHEDULE_FILE: string;
export declare const SETTLE_MS: number;
export declare function scheduleOf(instants: readonly number[], timeZone: string, builtAt: number): Schedule;
export declare function outdated(storedAt: number, now: number, schedule: Schedule | null): boolean;
export declare function readSchedule(root?: string): Schedule | null;
export declare function midnightAfter(epoch: number, timeZone: string): number;
export declare function validUntil(storedAt: number, schedule: Schedule | null): number;
export declare function nextInstant(after: number, schedule: Schedule | null): number;
