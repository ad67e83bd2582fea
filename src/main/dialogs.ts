// The native open dialogs behind `library:choose`, attached to the window that asked.
import { BrowserWindow, dialog, shell, type OpenDialogOptions } from 'electron'
import { PROFILE_EXTENSIONS } from '../services/import/collectFiles'
import type { Dialogs } from './handlers'

const FOLDER_DIALOGS = {
  'open-library': { title: 'Open library', buttonLabel: 'Open' },
  'new-library': { title: 'New library: choose an empty folder', buttonLabel: 'Create library' },
  'import-folder': { title: 'Import a folder of profiles', buttonLabel: 'Import' },
  'export-folder': { title: 'Export into a folder', buttonLabel: 'Export here' },
} as const

async function show(options: OpenDialogOptions): Promise<string[] | null> {
  const window = BrowserWindow.getFocusedWindow()
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths
}

export const electronDialogs: Dialogs = {
  reveal: async (path) => shell.showItemInFolder(path),
  chooseFolder: (purpose) =>
    show({ ...FOLDER_DIALOGS[purpose], properties: ['openDirectory', 'createDirectory'] }),
  chooseFiles: (purpose) =>
    purpose === 'reference-table'
      ? show({
          title: 'Fill from a reference table',
          buttonLabel: 'Preview',
          properties: ['openFile'],
          filters: [
            { name: 'CSV tables', extensions: ['csv', 'tsv', 'txt'] },
            { name: 'All files', extensions: ['*'] },
          ],
        })
      : show({
          title: 'Import profile documents',
          buttonLabel: 'Import',
          properties: ['openFile', 'multiSelections'],
          filters: [
            { name: 'Profile documents', extensions: [...PROFILE_EXTENSIONS].map((ext) => ext.slice(1)) },
            { name: 'All files', extensions: ['*'] },
          ],
        }),
}
