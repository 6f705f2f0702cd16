export type ResponseKind = 'page' | 'search' | 'feed' | 'immutable' | 'icon' | 'file' | 'notFound' | 'notFoundContent' | 'redirect' | 'staleOnError' | 'refused' | 'personal' | 'negotiated' | 'flight';
export type CachePolicy = { cacheControl: string; vary?: string; why: string };
export declare const cachePolicy: Readonly<Record<ResponseKind, CachePolicy>>;
export declare const LOCALE_PATTERN: string;
export declare const HTML_VARY: string[];
