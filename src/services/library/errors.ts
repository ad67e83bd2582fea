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
    /** For an `io` error: the system's code (EROFS, EACCES…), so the app can act on it (open read-only). */
    readonly errno?: string,
  ) {
    super(message)
    this.name = 'LibraryError'
  }
}

/** What an error code of the file system means, in plain words. */
const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  EIO: 'input/output error',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'not a folder (a file is in the way)',
  EISDIR: 'a folder, not a file',
  ENOTEMPTY: 'the folder is not empty',
  EEXIST: 'already exists',
  EBUSY: 'in use by another program',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EXDEV: 'on another disk',
}

/** A one-line message for a file-system error, naming the file. */
export function ioError(file: string, error: unknown): LibraryError {
  // Already one line naming its file (writeFileDurably wraps its errors; callers may wrap them again).
  if (error instanceof LibraryError) return error
  const { code, syscall } = (error ?? {}) as NodeJS.ErrnoException
  // mkdir finding a file where the folder should be is the same mistake as ENOTDIR (an export onto a file).
  const reason = code === 'EEXIST' && syscall === 'mkdir' ? REASONS.ENOTDIR : code ? REASONS[code] : undefined
  return new LibraryError('io', `${file}: ${reason ?? plainReason(error)}`, code)
}

/** Node's `ECODE: what happened, syscall 'path'` as `what happened (ECODE)`; any other error's first line. */
function plainReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const node = /^([A-Z0-9]+): ([^,]+),/.exec(message)
  return node ? `${node[2]} (${node[1]})` : (message.split('\n')[0] ?? '')
}
