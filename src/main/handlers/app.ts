// The app itself: its name and version, and the settings the window may change.
import type { Handlers } from '../../shared/api'
import type { Services } from './context'

type AppHandlers = Pick<Handlers, 'app:info' | 'settings:get' | 'settings:set'>

export function appHandlers({ context, session }: Services): AppHandlers {
  return {
    'app:info': async () => ({
      name: 'Profile Curator',
      version: context.version,
      runtime: process.versions['electron'] ? 'electron' : 'node',
    }),
    'settings:get': async () => ({ theme: (await session.settings()).data.theme }),
    'settings:set': async ({ theme }) => {
      const settings = await session.settings()
      if (theme) await settings.update((data) => void (data.theme = theme))
      return { theme: settings.data.theme }
    },
  }
}
