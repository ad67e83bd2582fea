// Opening another library, or starting a new one, through main's folder dialog. The library's seq and folder
// change with it, so every view reloads on its own.
import { useCallback } from 'react'
import { call } from '../api/call'
import { useLibrary } from './library'
import { notifyError } from './notify'

export function useLibrarySwitch(onSwitched: () => void) {
  const { accept } = useLibrary()

  const switchTo = useCallback(
    async (title: string, open: () => Promise<Parameters<typeof accept>[0] | null>) => {
      try {
        const info = await open()
        if (!info) return
        accept(info)
        onSwitched()
      } catch (error) {
        notifyError(title, error)
      }
    },
    [accept, onSwitched],
  )

  const chooseAndOpen = useCallback(
    () =>
      switchTo('The library could not be opened', async () => {
        const [dir] = (await call('library:choose', { purpose: 'open-library' })) ?? []
        return dir ? call('library:open', { dir }) : null
      }),
    [switchTo],
  )

  const chooseAndCreate = useCallback(
    () =>
      switchTo('The library could not be created', async () => {
        const [dir] = (await call('library:choose', { purpose: 'new-library' })) ?? []
        return dir ? call('library:create', { dir }) : null
      }),
    [switchTo],
  )

  const openRecent = useCallback(
    (dir: string) => switchTo('The library could not be opened', () => call('library:open', { dir })),
    [switchTo],
  )

  return { chooseAndOpen, chooseAndCreate, openRecent }
}
