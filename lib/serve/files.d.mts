import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CachePolicy } from '../http/cache-policy.mjs';

export declare const SITE_DIR: string;
export declare const ASSETS: string;
export declare const PAGES: string;
export declare const RENDERED_DIR: string;
export declare const PAGE_VARY: string[];
export declare function assetPolicy(path: string): CachePolicy;
export declare function isPlainPageRequest(req: IncomingMessage, url: string): boolean;
export declare function renderedFile(root: string, path: string): string | null;
type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
export declare function siteFiles(
  distDir: string,
  clock: { now: () => number; outdated: (storedAt: number, now: number) => boolean },
  options?: { memoryBytes?: number },
): { serve: Handler; stale: (path: string) => Handler | null };
