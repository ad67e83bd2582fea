// The theme setting: auto (follows the OS, live), light or dark. Main keeps it with the other settings; Mantine
// applies it. The choice shows at once and is saved behind it.
import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core'
import { useCallback, useEffect } from 'react'
import type { Settings } from '../../../shared/api'
import { call } from '../api/call'
import { notifyError } from './notify'

export type ThemeChoice = Settings['theme']

export function useTheme(): {
  theme: ThemeChoice
  setTheme: (theme: ThemeChoice) => void
  toggle: () => void
} {
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  const computed = useComputedColorScheme('light')

  const setTheme = useCallback(
    (theme: ThemeChoice) => {
      setColorScheme(theme)
      call('settings:set', { theme }).catch((error: unknown) => notifyError('The theme was not saved', error))
    },
    [setColorScheme],
  )

  const toggle = useCallback(() => setTheme(computed === 'dark' ? 'light' : 'dark'), [computed, setTheme])

  return { theme: colorScheme, setTheme, toggle }
}

/** Applies the saved theme once, when the window opens. */
export function useSavedTheme(): void {
  const { setColorScheme } = useMantineColorScheme()
  useEffect(() => {
    call('settings:get', {}).then(
      (settings) => setColorScheme(settings.theme),
      (error: unknown) => notifyError('The settings could not be read', error),
    )
  }, [setColorScheme])
}
