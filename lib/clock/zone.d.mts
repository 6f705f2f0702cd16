export declare function zoneOffsetMs(epoch: number, timeZone: string): number;
