import type { Page } from '@playwright/test'
import type { HostName } from './chooseHost'

/** What a test's app gets: its own folders on disk, and how the window looks. */
export interface LaunchOptions {
  samplesDir: string
  dataDir: string
  colorScheme: 'light' | 'dark'
  viewport: { width: number; height: number }
  /** Called with the window's page before the app's scripts can have run, to watch for errors. */
  watch: (page: Page) => void
}

export interface RunningApp {
  page: Page
  close: () => Promise<void>
}

/** One per worker: starts an app per test, and frees what it shares between tests at the end. */
export interface Host {
  name: HostName
  launch: (options: LaunchOptions) => Promise<RunningApp>
  dispose: () => Promise<void>
}
