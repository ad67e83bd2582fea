// Runs a command's action: a LibraryError (or a raw file-system error) becomes one line on stderr and exit code 1.
import { Library, type OpenOptions } from '../services/library/library'
import { ioError, LibraryError } from '../services/library/errors'

export function action<A extends unknown[]>(
  fn: (...args: A) => Promise<void>,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args)
    } catch (error) {
      // A file-system error no service named (it should not happen) still gets one line, not a stack.
      const errno = error as NodeJS.ErrnoException
      const known =
        error instanceof LibraryError
          ? error
          : typeof errno?.code === 'string' && typeof errno.syscall === 'string'
            ? ioError(errno.path ?? errno.syscall, error)
            : null
      if (!known) throw error
      process.stderr.write(`${known.message}\n`)
      process.exitCode = 1
    }
  }
}

/** Opens the library for one command and closes it after, even when the command fails. */
export async function withLibrary(
  dir: string,
  options: OpenOptions,
  work: (library: Library) => Promise<void>,
): Promise<void> {
  const library = await Library.open(dir, options)
  try {
    await work(library)
  } finally {
    await library.close()
  }
}
