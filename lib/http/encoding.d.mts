export type Coding = 'br' | 'gzip' | 'identity';
export declare function negotiate(accept: string | undefined): Coding;
