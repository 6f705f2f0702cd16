export declare const PRIVATE_HEADERS: string[];
export declare function securityHeaderMap(): Record<string, string>;
export declare function sharedStorable(cc: string): boolean;
export declare function finalHeaders(
  status: number,
  path: string,
  headers: Record<string, string | string[] | number | undefined>,
): Record<string, string | string[] | number>;
export declare function withVary(vary: string, names: string[]): string;
