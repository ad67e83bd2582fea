// The keyboard and the native menu, both turned into commands.
import { useEffect, useEffectEvent } from 'react'
import type { CommandId } from './commands'
import { isTextField, shortcutFor } from './shortcuts'

export function useShortcuts(run: (command: CommandId) => void): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const found = shortcutFor(event)
    if (!found || event.defaultPrevented) return
    if (found.fieldKeeps && isTextField(document.activeElement)) return
    event.preventDefault()
    run(found.command)
  })
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}

/** The native menu (Electron only). Its Undo and Redo also reach us while a field has focus: give them back. */
export function useMenuCommands(run: (command: CommandId) => void): void {
  const onCommand = useEffectEvent((command: CommandId) => {
    if ((command === 'undo' || command === 'redo') && isTextField(document.activeElement)) {
      // The field's own undo stack, as the key would have reached it without the menu's accelerator.
      document.execCommand(command)
      return
    }
    run(command)
  })
  useEffect(() => window.menu?.onCommand(onCommand), [])
}
