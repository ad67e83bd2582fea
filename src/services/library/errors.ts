// Errors of the library, each with a code the app and the CLI can act on and a one-line message for a person.

export type LibraryErrorCode =
  | 'not-a-library'
  | 'corrupt'
  | 'unsupported-version'
  | 'locked'
  | 'read-only'
  | 'invalid'
  | 'not-found'
  | 'nothing-to-undo'
  | 'nothing-to-redo'
  | 'conflict'
  | 'io'

export class LibraryError extends Error {
  constructor(
    readonly code: LibraryErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'LibraryError'
  }
}

/** A one-line message for a file-system error, naming the file. */
export function ioError(file: string, error: unknown): LibraryError {
  // Already one line naming its file (writeFileDurably wraps its errors; callers may wrap them again).
  if (error instanceof LibraryError) return error
  const code = (error as NodeJS.ErrnoException).code
  const reason =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EROFS'
          ? 'the disk is read-only'
          : code === 'EIO'
            ? 'input/output error'
            : code === 'ENOENT'
              ? 'no such file or folder'
              : String((error as Error).message ?? error)
  return new LibraryError('io', `${file}: ${reason}`)
}
