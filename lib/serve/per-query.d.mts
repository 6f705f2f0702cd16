export declare const PER_QUERY_MAX_BYTES: number;
export declare function isPerQueryPage(path: string): boolean;
export declare function perQueryBody(body: Buffer, accept: string | undefined): { body: Buffer; coding: 'br' | 'gzip' | 'identity' };
