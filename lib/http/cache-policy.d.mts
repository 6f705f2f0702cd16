export type ResponseKind =
  'page' | 'live' | 'search' | 'feed' | 'immutable' | 'icon' | 'file' | 'notFound' | 'notFoundContent' | 'redirect' | 'staleOnError' | 'refused' | 'personal' | 'negotiated' | 'flight';
export type CachePolicy = { cacheControl: string; vary?: string; why: string };
export declare const cachePolicy: Readonly<Record<ResponseKind, CachePolicy>>;
export declare const LOCALE_PATTERN: string;
export declare const HTML_VARY: string[];
export declare const LIVE_SECONDS: number;
export declare const LIVE_FILE: string;
export type LiveEntry = { path: string; end: number | null };
export declare function liveKindAt(pathname: string, table: readonly LiveEntry[], now: number): ResponseKind | null;
