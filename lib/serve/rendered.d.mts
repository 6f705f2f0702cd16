export declare function pathOfKey(key: string): string | null;
export declare function renderedHtml(value: unknown): string | Buffer | null;
export declare function writeRendered(dir: string | undefined, key: string, value: unknown, storedAt?: number): Promise<void>;
export declare function ensureRendered(dir: string | undefined, key: string, data: unknown): void;
