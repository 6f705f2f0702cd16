export declare function normalizeRange(header: string | undefined, size: number): { start: number; end: number } | null;
export declare function rangeHeaderFor(range: { start: number; end: number } | null): string | undefined;
