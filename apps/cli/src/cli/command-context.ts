import type { CliIo } from "../io.js";
import type { LeafCommand } from "./command-spec.js";
import type { OptionValues } from "./resolve-options.js";
import type { GlobalSettings } from "./resolve-globals.js";

/** Everything a command needs: its resolved options, the globals and the outside world. */
export interface CommandContext {
  io: CliIo;
  command: LeafCommand;
  commandPath: readonly string[];
  values: OptionValues;
  globals: GlobalSettings;
  /** Reads a file named on the command line (relative to cwd, `~` expanded). */
  readFile: (path: string) => Promise<string>;
}
