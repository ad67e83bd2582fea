// What the handlers need from their host: the app's folders, its version, and native dialogs. Electron passes
// its own; the e2e Chromium host passes a test's temp folders and a dialog stand-in answering what the test chose.
import type { ChoosePurpose } from '../../shared/api'
import type { Disk } from '../../services/library/disk'
import type { ImportJobs } from '../../services/import/importJobs'
import type { ProfileSearch } from '../../services/search/profileSearch'
import type { AppSession } from '../../services/session/appSession'

export interface Dialogs {
  /** Resolves to the chosen folder (one path), or null when the dialog was cancelled. */
  chooseFolder(purpose: Exclude<ChoosePurpose, 'import-files'>): Promise<string[] | null>
  /** Resolves to the chosen files (profile documents, or one reference table), or null when cancelled. */
  chooseFiles(purpose?: 'reference-table'): Promise<string[] | null>
  /** Shows a file or folder in the system's file manager; absent where there is none (the e2e Chromium host). */
  reveal?(path: string): Promise<void>
}

export interface HandlerContext {
  /** The app's own data folder: settings.json and the default library. */
  userDataDir: string
  /** The sample profiles: the first screen, and the default library on first start. */
  samplesDir: string
  version: string
  dialogs: Dialogs
  /** The disk the libraries and the settings are on; the real one unless a test injects faults. */
  disk?: Disk
}

/** The services the handlers share, made once per app. */
export interface Services {
  context: HandlerContext
  session: AppSession
  search: ProfileSearch
  imports: ImportJobs
}
