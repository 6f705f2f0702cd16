export declare function contentSecurityPolicy(options: { https: boolean }): string;
export declare const PERMISSIONS_POLICY: string;
export declare function devContentSecurityPolicy(): string;
export declare function securityHeaders(options: { https: boolean; dev?: boolean }): { key: string; value: string }[];
