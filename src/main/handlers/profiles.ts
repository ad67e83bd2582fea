// One profile with the document it was read from, and the curator's changes to profiles.
import type { Handlers } from '../../shared/api'
import { LibraryError } from '../../services/library/errors'
import { readSource } from '../../services/library/sources'
import type { Services } from './context'
import { mutation } from './mutation'

type ProfileHandlers = Pick<
  Handlers,
  'profile:get' | 'profile:update' | 'profiles:setStatus' | 'profiles:delete' | 'profiles:restore'
>

export function profileHandlers(services: Services): ProfileHandlers {
  const { session } = services
  return {
    'profile:get': async ({ id }) => {
      const library = await session.library()
      const record = library.get(id)
      if (!record) throw new LibraryError('not-found', `no profile with id ${id}`)
      // The source is a help beside the record, not part of it: a damaged one must not hide the profile.
      const source = await readSource(library.disk, library.paths.dir, record.profile.source.sha256).catch(
        (error: unknown) => {
          console.warn(`[profile:get] ${id}: ${error instanceof Error ? error.message : String(error)}`)
          return null
        },
      )
      return { record, source }
    },
    'profile:update': async ({ id, set }) => {
      const result = await mutation(services, (library) =>
        library.apply({ type: 'update', updates: [{ id, set }], by: 'curator' }),
      )
      const record = (await session.library()).get(id)
      if (!record) throw new LibraryError('not-found', `no profile with id ${id}`)
      return { ...result, record }
    },
    'profiles:setStatus': ({ ids, status }) =>
      mutation(services, (library) => library.apply({ type: 'setStatus', ids, status })),
    'profiles:delete': ({ ids }) => mutation(services, (library) => library.apply({ type: 'delete', ids })),
    'profiles:restore': ({ ids }) => mutation(services, (library) => library.apply({ type: 'restore', ids })),
  }
}
