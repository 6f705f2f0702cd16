export type Coding = 'br' | 'gzip' | 'identity';
export declare function negotiate(accept: string | undefined): Coding;
export declare function isCompressible(contentType: string | undefined, size: number): boolean;
export declare function compressBoth(body: Buffer, effort: 'once' | 'each'): Promise<{ br: Buffer; gzip: Buffer }>;
export declare function compressTo(coding: Exclude<Coding, 'identity'>, body: Buffer, effort: 'once' | 'each'): Promise<Buffer>;
