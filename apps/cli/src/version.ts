import pkg from "../package.json" with { type: "json" };

/** The CLI's version, taken from package.json when the bundle is built. @public */
export const VERSION: string = pkg.version;
