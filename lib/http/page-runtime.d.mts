export declare function withoutClientRuntime(html: string): string | null;
