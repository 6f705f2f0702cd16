/** See ./strip-runtime.mjs: Next's client runtime taken out of a page, with parse5. */
export declare class RuntimeStripError extends Error {
  constructor(details: { element: string; line: number; column: number; reason: string; fix: string });
  readonly name: 'RuntimeStripError';
  /** The element refused, as `<tag attr="…">` (or `<!--$?-->`, `<body>`). */
  readonly element: string;
  /** 1-based, in the HTML given. */
  readonly line: number;
  readonly column: number;
  readonly reason: string;
  readonly fix: string;
}
export declare function formatStripError(file: string, error: RuntimeStripError): string;
export declare function stripRuntime(html: string): string;
export declare function runtimeLeft(html: string): string[];
