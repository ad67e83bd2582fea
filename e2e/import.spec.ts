import { cp, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { HOST_ENV } from './hosts/chooseHost'
import { SAMPLES_DIR } from './hosts/paths'
import { ImportPage } from './pages/ImportPage'
import { LibraryPage } from './pages/LibraryPage'
import { LibraryShell } from './pages/LibraryShell'

/**
 * Copies the seed profiles (the five shipped as resources/sample) into the test's own folder, where the dialog
 * stand-in can choose them.
 */
async function seedsIn(root: string): Promise<string> {
  const folder = join(root, 'seeds')
  await cp(SAMPLES_DIR, folder, { recursive: true })
  return folder
}

test.describe('into an empty library', () => {
  test.use({ samples: [] })

  test('imports the seeds from a folder, shows the report, and undoes and redoes the import', async ({
    app,
  }) => {
    const library = new LibraryPage(app.page)
    const shell = new LibraryShell(app.page)
    const importing = new ImportPage(app.page)
    await expect(library.empty).toBeVisible()
    await seedsIn(app.root)
    await app.answerDialogs(['seeds'])

    await shell.runCommand('import-folder')
    await importing.waitForReport()
    await expect(importing.count('new')).toHaveText('5 new')
    await expect(importing.count('failed')).toHaveText('0 failed')
    await expect(importing.reportRows).toHaveCount(5)
    expect(await importing.outcomes()).toEqual(['new', 'new', 'new', 'new', 'new'])
    await expect(importing.reportRows.filter({ hasText: 'Wuhan' })).toContainText('004_6efca1ca511356ff.txt')
    await importing.closeReport()

    await expect(library.rows).toHaveCount(5)
    await shell.undo()
    await expect(library.empty).toContainText('This library is empty')
    await shell.redo()
    await expect(library.rows).toHaveCount(5)
  })

  test('names each file that fails, and imports the others', async ({ app }) => {
    const importing = new ImportPage(app.page)
    const folder = await seedsIn(app.root)
    await writeFile(join(folder, 'empty.txt'), '')
    await app.answerDialogs(['seeds/empty.txt', 'seeds/000_2c045724fbe130aa.txt'])

    await importing.fromHeader('files')
    await importing.waitForReport()
    await expect(importing.count('new')).toHaveText('1 new')
    await expect(importing.count('failed')).toHaveText('1 failed')
    await expect(importing.reportRows.filter({ hasText: 'empty.txt' })).toContainText('empty file')
  })

  test('a cancelled dialog imports nothing', async ({ app }) => {
    const library = new LibraryPage(app.page)
    await expect(library.empty).toBeVisible()
    await app.answerDialogs(null)
    await new ImportPage(app.page).fromHeader('folder')
    await expect(app.page.getByTestId('import-report')).toHaveCount(0)
    await expect(library.empty).toBeVisible()
  })
})

test('importing the seeds again over the samples changes nothing, and says so', async ({ app }) => {
  const library = new LibraryPage(app.page)
  const importing = new ImportPage(app.page)
  await expect(library.rows).toHaveCount(5)
  await seedsIn(app.root)
  await app.answerDialogs(['seeds'])
  // From the keyboard, with the shortcut the native menu shows.
  await app.page.keyboard.press('ControlOrMeta+Shift+i')
  await importing.waitForReport()
  await expect(importing.count('new')).toHaveText('0 new')
  await expect(importing.reportRows).toHaveCount(5)
  await expect(importing.report).toContainText('Nothing in the library changed')
  await importing.closeReport()
  await expect(library.rows).toHaveCount(5)
})

test('shows progress while importing and can cancel', async ({ app }) => {
  const importing = new ImportPage(app.page)
  const folder = join(app.root, 'many')
  await mkdir(folder)
  const seeds = await seedsIn(app.root)
  // Enough files that the import is still running when Cancel is clicked.
  await Promise.all(
    Array.from({ length: 400 }, (_, n) =>
      cp(join(seeds, '003_6a4828d970c2654e.txt'), join(folder, `copy-${n}.txt`)),
    ),
  )
  await app.answerDialogs(['many'])
  await importing.fromHeader('folder')
  await expect(importing.progress).toBeVisible()
  await importing.cancelButton.click()
  await importing.waitForReport()
  await expect(importing.cancelled).toBeVisible()
})

/** The page's DOM, as far as the drop test needs it: the e2e code is typed for Node, without the DOM. */
type DropGlobals = {
  DataTransfer: new () => { items: { add: (file: unknown) => void } }
  File: new (parts: string[], name: string) => unknown
}

test('outside the desktop app, a drop says why it cannot import', async ({ app }) => {
  test.skip(process.env[HOST_ENV] === 'electron', 'Electron reads dropped paths; this is the browser host')
  const library = new LibraryPage(app.page)
  const importing = new ImportPage(app.page)
  await expect(library.rows).toHaveCount(5)
  const dataTransfer = await app.page.evaluateHandle(() => {
    const page = globalThis as unknown as DropGlobals
    const transfer = new page.DataTransfer()
    transfer.items.add(new page.File(['Wuhan, China'], 'wuhan.txt'))
    return transfer
  })
  await app.page.dispatchEvent('body', 'dragenter', { dataTransfer })
  await expect(importing.dropOverlay).toBeVisible()
  await app.page.dispatchEvent('body', 'drop', { dataTransfer })
  await expect(importing.dropOverlay).toBeHidden()
  await expect(app.page.getByText('Dropped files cannot be imported here')).toBeVisible()
})
