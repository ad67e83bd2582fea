// The window opens where the curator left it, when that place is still on a screen, and its place is saved
// when it closes (and on quit, before the settings are written for the last time).
import { screen, type BrowserWindow } from 'electron'
import { restorableBounds } from '../services/session/windowBounds'
import type { SettingsStore } from '../services/session/settings'
import type { WindowPlace } from './window'

const DEFAULT_PLACE: WindowPlace = { width: 1280, height: 800, maximized: false }

export function savedPlace(settings: SettingsStore): WindowPlace {
  const areas = screen.getAllDisplays().map((display) => display.workArea)
  return restorableBounds(settings.data.window, areas) ?? DEFAULT_PLACE
}

/** Saves the window's place when it closes; returns the saving function for the app to call on quit. */
export function rememberPlace(win: BrowserWindow, settings: SettingsStore): () => void {
  const save = () => {
    if (win.isDestroyed()) return
    const { x, y, width, height } = win.getNormalBounds()
    void settings.updateQuietly((data) => {
      data.window = { x, y, width, height, maximized: win.isMaximized() }
    })
  }
  win.on('close', save)
  return save
}
