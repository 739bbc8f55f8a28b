/** Absolute path of the OpenAPI document. */
export declare const specPath: string;
/** Parse the OpenAPI document (a fresh object on every call). */
export declare function loadSpec(readFile?: (path: string) => string): Record<string, any>;
