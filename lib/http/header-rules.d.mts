export type Header = { key: string; value: string };
export type HasCondition = { type: 'query' | 'header' | 'cookie' | 'host'; key: string; value?: string };
export type HeaderRule = { source: string; has?: HasCondition[]; headers: Header[] };
export declare const PAGE_SOURCES: string[];
export declare const FEED_SOURCES: string[];
export declare const ICON_SOURCES: string[];
export declare const UNLOCALIZED_SOURCE: string;
export declare function headerRules(options: { https: boolean; dev?: boolean }): HeaderRule[];
export declare function isHttpsSite(env: Record<string, string | undefined>): boolean;
