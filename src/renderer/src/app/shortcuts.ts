// Application shortcuts. When focus is in a text field, undo and redo belong to the field: the curator's
// Ctrl+Z there undoes typing, not the last library command.
import type { CommandId } from './commands'

interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', ''])

/** Whether the element edits text of its own (and so owns undo, redo and select-all). */
export function isTextField(element: Element | null): boolean {
  if (!element) return false
  if (element instanceof HTMLTextAreaElement) return true
  if (element instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(element.type)
  return element instanceof HTMLElement && element.isContentEditable
}

// The native menu shows these shortcuts without registering them (src/main/menu.ts): they are answered here,
// so that they work the same in every host. Ctrl/Cmd+K belongs to the command palette itself.
const PLAIN: Partial<Record<string, CommandId>> = { f: 'find', i: 'import-files', o: 'open-library' }
const SHIFTED: Partial<Record<string, CommandId>> = {
  i: 'import-folder',
  n: 'new-library',
  l: 'toggle-theme',
}

/** The command a key press asks for, and whether a text field with focus keeps the key. */
export function shortcutFor(press: KeyPress): { command: CommandId; fieldKeeps: boolean } | null {
  const mod = press.ctrlKey || press.metaKey
  if (!mod || press.altKey) return null
  const key = press.key.toLowerCase()
  if (key === 'z') return { command: press.shiftKey ? 'redo' : 'undo', fieldKeeps: true }
  if (key === 'y' && press.ctrlKey && !press.shiftKey) return { command: 'redo', fieldKeeps: true }
  const shifted = SHIFTED[key]
  if (press.shiftKey && shifted) return { command: shifted, fieldKeeps: false }
  const plain = PLAIN[key]
  if (!press.shiftKey && plain) return { command: plain, fieldKeeps: false }
  return null
}
