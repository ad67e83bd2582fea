import type { Page } from '@playwright/test'
import type { HostName } from './chooseHost'

/** What a native open dialog answers: the chosen paths, or null for a cancelled dialog. */
export type DialogAnswer = string[] | null

/** What a test's app gets: its own folders on disk, how the window looks, and what its dialogs answer. */
export interface LaunchOptions {
  samplesDir: string
  /** The app's user-data folder (settings.json, the default library): fresh for each test. */
  dataDir: string
  colorScheme: 'light' | 'dark'
  viewport: { width: number; height: number }
  /** What every open dialog answers until the test says otherwise (RunningApp.answerDialogs). */
  dialogAnswer: DialogAnswer
  /**
   * Called with the window's page before it shows the app (on the Chromium host, before the app's scripts
   * run), to watch for errors or add init scripts; awaited.
   */
  watch: (page: Page) => void | Promise<void>
}

export interface RunningApp {
  page: Page
  /** Sets what the next native open dialogs answer. */
  answerDialogs: (answer: DialogAnswer) => Promise<void>
  close: () => Promise<void>
}

/** One per worker: starts an app per test, and frees what it shares between tests at the end. */
export interface Host {
  name: HostName
  launch: (options: LaunchOptions) => Promise<RunningApp>
  dispose: () => Promise<void>
}
