// What a curator sees when the disk changes under the app: a library folder moved while the app has it open is
// reported at the next change, nothing is written at its old place, and the library opens again where it went.
import { existsSync } from 'node:fs'
import { rename } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { openEditor } from './pages/editorPage'
import { LibraryPage } from './pages/LibraryPage'
import { LibraryShell } from './pages/LibraryShell'

test('a library folder moved while open: the next change is refused with the reason, and the library opens where it went', async ({
  app,
}) => {
  const library = new LibraryPage(app.page)
  const shell = new LibraryShell(app.page)
  await expect(library.rows).toHaveCount(5)
  const before = join(app.dataDir, 'library')
  await rename(before, join(app.root, 'moved'))

  const wuhan = await openEditor(app.page, 'Wuhan')
  const id = await wuhan.id()
  await wuhan.headline.fill('Typed after the move')
  await wuhan.headline.blur()
  // The field keeps what was typed and says why it is not saved; the header says so too.
  await expect(wuhan.headline).toHaveAttribute('aria-invalid', 'true')
  await expect(wuhan.headline).toHaveValue('Typed after the move')
  await expect(shell.saving).toHaveAttribute('data-state', 'error')
  // From then on the window is read-only, and its banner says why.
  await expect(shell.readOnly).toContainText(`${before}: the library folder was moved or deleted`)
  await expect(wuhan.headline).toBeDisabled()
  expect(existsSync(before)).toBe(false)

  await wuhan.close()
  await app.answerDialogs(['moved'])
  await shell.runCommand('open-library')
  await expect(library.rows).toHaveCount(5)
  await expect(shell.readOnly).toBeHidden()
  expect((await wuhan.stored(id)).headline).not.toBe('Typed after the move')
  // The library where it went takes changes again.
  const reopened = await openEditor(app.page, 'Wuhan')
  await reopened.headline.fill('Typed where it went')
  await reopened.headline.blur()
  await expect.poll(async () => (await reopened.stored(id)).headline).toBe('Typed where it went')
  expect(existsSync(before)).toBe(false)
})
