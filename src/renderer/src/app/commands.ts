// The commands the palette, the native menu and the keyboard share: one id each, so that a menu item, a
// palette entry and a shortcut always do the same thing.
import type { MenuCommand } from '../../../shared/api'
import { FILL_PALETTE_COMMANDS, type FillCommandId } from './fillCommands'

export type CommandId = MenuCommand | 'show-trash' | FillCommandId | 'show-problems' | 'export'

/** How a shortcut is written on this machine: ⌘ on a Mac, Ctrl elsewhere. */
export const MOD = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl'

export interface CommandInfo {
  id: CommandId
  label: string
  description: string
  /** Extra words the palette matches on. */
  keywords: string[]
  /** The keys that run it from anywhere, as the palette shows them. */
  shortcut?: string
}

/** In palette order; `command-palette` is missing on purpose: the palette does not list itself. */
export const PALETTE_COMMANDS: readonly CommandInfo[] = [
  {
    id: 'import-files',
    label: 'Import files…',
    description: 'Read documents into this library',
    keywords: ['add', 'open'],
    shortcut: `${MOD}+I`,
  },
  {
    id: 'import-folder',
    label: 'Import a folder…',
    description: 'Read every document in a folder',
    keywords: ['add', 'directory'],
    shortcut: `${MOD}+Shift+I`,
  },
  {
    id: 'find',
    label: 'Search profiles',
    description: 'Full-text search of the library',
    keywords: ['find', 'filter'],
    shortcut: `${MOD}+F`,
  },
  { id: 'undo', label: 'Undo', description: 'Undo the last change', keywords: ['back', 'revert'] },
  { id: 'redo', label: 'Redo', description: 'Redo what was undone', keywords: ['again'] },
  {
    id: 'show-library',
    label: 'Show the library',
    description: 'Every profile not in the trash',
    keywords: ['list', 'home'],
  },
  {
    id: 'show-trash',
    label: 'Show the trash',
    description: 'Deleted profiles, to restore',
    keywords: ['deleted', 'bin', 'restore'],
  },
  ...FILL_PALETTE_COMMANDS,
  {
    id: 'show-problems',
    label: 'Show the problems',
    description: 'Errors and warnings found by validation, with fixes',
    keywords: ['validate', 'errors', 'warnings', 'check'],
  },
  {
    id: 'export',
    label: 'Export the dataset…',
    description: 'JSON, JSON Lines, CSV, Markdown or a data package',
    keywords: ['save', 'csv', 'json', 'markdown', 'datapackage', 'write'],
  },
  {
    id: 'open-library',
    label: 'Open a library…',
    description: 'Switch to another library folder',
    keywords: ['switch', 'folder'],
    shortcut: `${MOD}+O`,
  },
  {
    id: 'new-library',
    label: 'New library…',
    description: 'Start an empty library in a folder',
    keywords: ['create'],
    shortcut: `${MOD}+Shift+N`,
  },
  {
    id: 'toggle-theme',
    label: 'Toggle light and dark theme',
    description: 'Switch the colour scheme',
    keywords: ['dark', 'light', 'colour', 'color'],
    shortcut: `${MOD}+Shift+L`,
  },
  {
    id: 'about',
    label: 'About Profile Curator',
    description: 'Name and version',
    keywords: ['version', 'help'],
  },
]
