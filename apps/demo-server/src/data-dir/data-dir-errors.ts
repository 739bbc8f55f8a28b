/** Why the server refuses to start on a data directory. Messages say what to do; none holds a secret. */
export type DataDirErrorCode =
  | "DATA_DIR_NOT_PRIVATE"
  | "DATA_DIR_IN_USE"
  | "STATE_FILE_EMPTY"
  | "STATE_FILE_UNREADABLE"
  | "STATE_FILE_CORRUPT"
  | "FILE_CONFLICT";

/** Base of the start-up errors about the data directory (the command prints the message and exits 1). */
export class DataDirError extends Error {
  override readonly name: string = "DataDirError";
  constructor(
    readonly code: DataDirErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The data directory (or a file the server must keep private) can be read by other users. */
export class DataDirNotPrivateError extends DataDirError {
  override readonly name = "DataDirNotPrivateError";
  constructor(message: string) {
    super("DATA_DIR_NOT_PRIVATE", message);
  }
}

/** Another server (process, or server in this process) holds the data directory. */
export class DataDirInUseError extends DataDirError {
  override readonly name = "DataDirInUseError";
  constructor(
    readonly dir: string,
    /** The owner's process id, when it could be read. */
    readonly pid: number | undefined,
  ) {
    super(
      "DATA_DIR_IN_USE",
      `The data directory ${dir} is already in use by ${pid === undefined ? "another process" : `pid ${pid}`}. ` +
        "Stop that server first, or start this one with another --data directory.",
    );
  }
}

/** The state file is empty, unreadable or fails SQLite's integrity check. */
export class StateFileError extends DataDirError {
  override readonly name = "StateFileError";
  constructor(code: "STATE_FILE_EMPTY" | "STATE_FILE_UNREADABLE" | "STATE_FILE_CORRUPT", message: string) {
    super(code, message);
  }
}

/** A file the server writes for users exists with other content: the server never overwrites it. */
export class FileConflictError extends DataDirError {
  override readonly name = "FileConflictError";
  constructor(readonly file: string, message: string) {
    super("FILE_CONFLICT", message);
  }
}
