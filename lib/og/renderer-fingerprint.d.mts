export declare function rendererFingerprint(root: string): string;
