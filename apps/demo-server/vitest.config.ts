// @ts-expect-error -- the shared config is plain JavaScript without declarations.
export { default } from "../../vitest.shared.mjs";
