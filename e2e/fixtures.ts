// The `app` fixture: a running Profile Curator on the run's host, with its own folders on disk, so tests run
// in parallel without sharing state. Any page error or console error (a CSP violation is one) fails the test.
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test as base, expect } from '@playwright/test'
import type { Page } from '@playwright/test'
import { chooseHost, electronBinary, HOST_ENV } from './hosts/chooseHost'
import { chromiumHost } from './hosts/chromiumHost'
import { electronHost } from './hosts/electronHost'
import type { Host, LaunchOptions } from './hosts/host'
import { SAMPLES_DIR } from './hosts/paths'

interface AppOptions {
  /** Files of resources/sample copied into the test's own sample folder: all of them unless a test says. */
  samples: string[] | 'all'
  /** Files written into the sample folder besides those: name to content. */
  extraSamples: Record<string, string>
  /**
   * What the native open dialogs answer: paths relative to the test's own folder (`app.root`), or null for a
   * cancelled dialog. `app.answerDialogs` changes it during a test.
   */
  dialogPaths: string[] | null
  /** The content of settings.json in the app's data folder before it starts (a corrupt one, say); none if null. */
  settingsFile: string | null
}

interface AppFixtures {
  app: {
    page: Page
    /** The test's own folder: files to import, libraries to open. Removed after the test. */
    root: string
    /** The app's user-data folder (settings.json, the default library in library/). */
    dataDir: string
    answerDialogs: (paths: string[] | null) => Promise<void>
    /**
     * Quits the app (its library closed, its settings written, as on quit) and starts it again on the same
     * folders; `page` is the new window's afterwards.
     */
    restart: () => Promise<void>
  }
}

interface WorkerFixtures {
  host: Host
}

function createHost(): Host {
  const name = process.env[HOST_ENV] ?? chooseHost().host
  if (name === 'chromium') return chromiumHost()
  const binary = electronBinary()
  if (!binary) throw new Error(`${HOST_ENV}=electron, but the Electron binary is not installed`)
  return electronHost(binary)
}

async function sampleFolder(
  root: string,
  { samples, extraSamples }: Pick<AppOptions, 'samples' | 'extraSamples'>,
): Promise<string> {
  const folder = join(root, 'sample')
  await mkdir(folder)
  const names = samples === 'all' ? await readdir(SAMPLES_DIR) : samples
  await Promise.all([
    ...names.map((name) => copyFile(join(SAMPLES_DIR, name), join(folder, name))),
    ...Object.entries(extraSamples).map(([name, content]) => writeFile(join(folder, name), content)),
  ])
  return folder
}

export const test = base.extend<AppOptions & AppFixtures, WorkerFixtures>({
  samples: ['all', { option: true }],
  extraSamples: [{}, { option: true }],
  dialogPaths: [null, { option: true }],
  settingsFile: [null, { option: true }],

  host: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
    async ({}, use) => {
      const host = createHost()
      await use(host)
      await host.dispose()
    },
    { scope: 'worker' },
  ],

  app: async (
    { host, samples, extraSamples, dialogPaths, settingsFile, colorScheme, viewport },
    use,
    testInfo,
  ) => {
    const root = await mkdtemp(join(tmpdir(), 'profile-curator-e2e-'))
    const dataDir = join(root, 'data')
    await mkdir(dataDir)
    if (settingsFile !== null) await writeFile(join(dataDir, 'settings.json'), settingsFile)
    const inRoot = (paths: string[] | null) => paths?.map((path) => resolve(root, path)) ?? null
    const problems: string[] = []
    const options: LaunchOptions = {
      samplesDir: await sampleFolder(root, { samples, extraSamples }),
      dataDir,
      colorScheme: colorScheme === 'dark' ? 'dark' : 'light',
      viewport: viewport ?? { width: 1280, height: 800 },
      dialogAnswer: inRoot(dialogPaths),
      watch: (page) => {
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
        })
      },
    }
    let running = await host.launch(options)

    await use({
      get page() {
        return running.page
      },
      root,
      dataDir,
      answerDialogs: (paths) => {
        // A restarted app's dialogs answer what was last chosen, too.
        options.dialogAnswer = inRoot(paths)
        return running.answerDialogs(options.dialogAnswer)
      },
      restart: async () => {
        await running.close()
        running = await host.launch(options)
      },
    })

    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('screen at failure', {
        body: await running.page.screenshot(),
        contentType: 'image/png',
      })
    }
    await running.close()
    await rm(root, { recursive: true, force: true })
    expect(problems, 'the page logged errors').toEqual([])
  },
})

export { expect }
