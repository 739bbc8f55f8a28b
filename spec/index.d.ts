/** Absolute path of the OpenAPI document. */
export declare const specPath: string;
/** Parse the OpenAPI document (a fresh object on every call). */
// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is untyped JSON; each caller narrows what it reads.
export declare function loadSpec(readFile?: (path: string) => string): Record<string, any>;
