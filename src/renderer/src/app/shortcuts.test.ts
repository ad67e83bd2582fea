import { describe, expect, it } from 'vitest'
import { shortcutFor } from './shortcuts'

const press = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
})

describe('shortcutFor', () => {
  it('reads Ctrl or Cmd+Z as undo and with Shift as redo, left to a text field', () => {
    expect(shortcutFor(press('z', { ctrlKey: true }))).toEqual({ command: 'undo', fieldKeeps: true })
    expect(shortcutFor(press('z', { metaKey: true }))).toEqual({ command: 'undo', fieldKeeps: true })
    expect(shortcutFor(press('Z', { ctrlKey: true, shiftKey: true }))).toEqual({
      command: 'redo',
      fieldKeeps: true,
    })
  })

  it('reads Ctrl+Y as redo', () => {
    expect(shortcutFor(press('y', { ctrlKey: true }))).toEqual({ command: 'redo', fieldKeeps: true })
  })

  it('focuses search on Ctrl+F even from a text field', () => {
    expect(shortcutFor(press('f', { ctrlKey: true }))).toEqual({ command: 'find', fieldKeeps: false })
  })

  it('answers the shortcuts the native menu shows', () => {
    expect(shortcutFor(press('i', { ctrlKey: true }))?.command).toBe('import-files')
    expect(shortcutFor(press('I', { ctrlKey: true, shiftKey: true }))?.command).toBe('import-folder')
    expect(shortcutFor(press('o', { metaKey: true }))?.command).toBe('open-library')
    expect(shortcutFor(press('N', { metaKey: true, shiftKey: true }))?.command).toBe('new-library')
    expect(shortcutFor(press('L', { ctrlKey: true, shiftKey: true }))?.command).toBe('toggle-theme')
    expect(shortcutFor(press('n', { ctrlKey: true }))).toBeNull()
  })

  it('ignores keys without a modifier, or with Alt', () => {
    expect(shortcutFor(press('z'))).toBeNull()
    expect(shortcutFor(press('z', { ctrlKey: true, altKey: true }))).toBeNull()
  })
})
