// The library the window works on: which one, switching to another, its list, and search in it.
import type { Handlers } from '../../shared/api'
import type { Services } from './context'

type LibraryHandlers = Pick<
  Handlers,
  | 'library:info'
  | 'library:open'
  | 'library:create'
  | 'library:choose'
  | 'library:summaries'
  | 'library:search'
>

export function libraryHandlers({ context, session, search }: Services): LibraryHandlers {
  return {
    'library:info': () => session.info(),
    'library:open': ({ dir }) => session.open(dir),
    'library:create': ({ dir }) => session.create(dir),
    'library:choose': ({ purpose }) =>
      purpose === 'import-files' ? context.dialogs.chooseFiles() : context.dialogs.chooseFolder(purpose),
    'library:summaries': async () => {
      const library = await session.library()
      const summaries = library.summaries()
      // The full-text index is built in the background from the library's first list on, not at the first
      // search, and not before the window has that list: it would slow it down. Unless that library has been
      // closed meanwhile.
      setImmediate(() => {
        session
          .library()
          .then((current) => (current === library ? search.warm(library) : undefined))
          .catch((error: unknown) => console.error('[search] the index failed:', error))
      })
      return { seq: library.seq, summaries }
    },
    'library:search': async ({ query, limit }) => search.search(await session.library(), query, limit),
  }
}
