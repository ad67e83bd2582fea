// The app's session across libraries and starts: another library opened from its folder, a new one, the
// recent ones, the last one reopened at start, and a library another process holds shown read-only.
import { join } from 'node:path'
import { makeProfile } from '../src/core/library/testProfile'
import { Library } from '../src/services/library/library'
import { expect, test } from './fixtures'
import { openEditor } from './pages/editorPage'
import { LibraryPage } from './pages/LibraryPage'
import { LibraryShell } from './pages/LibraryShell'

/** A library folder of the test's own with the given cities in it, as another curator would have left it. */
async function libraryWith(dir: string, cities: string[]): Promise<Library> {
  const library = await Library.open(dir, { create: true })
  await library.apply({
    type: 'create',
    profiles: cities.map((city) => makeProfile({ city, country: 'Ireland' })),
  })
  return library
}

test('opens another library, makes a new one, goes back by the recent list, and starts on the last one', async ({
  app,
}) => {
  const library = new LibraryPage(app.page)
  const shell = new LibraryShell(app.page)
  await expect(library.rows).toHaveCount(5)
  await (await libraryWith(join(app.root, 'irish'), ['Cork', 'Limerick'])).close()

  await app.answerDialogs(['irish'])
  await shell.runCommand('open-library')
  await expect(shell.name).toHaveText('irish')
  await expect(shell.folder).toContainText(join(app.root, 'irish'))
  expect((await library.cities()).sort()).toEqual(['Cork', 'Limerick'])
  // Undo is that library's own: what was done to it last.
  await expect(shell.undoButton).toHaveAttribute('aria-label', 'Undo Import 2 profiles')

  await app.answerDialogs(['fresh'])
  await shell.runCommand('new-library')
  await expect(shell.name).toHaveText('fresh')
  await expect(library.empty).toContainText('This library is empty')

  // The palette lists the other libraries opened, most recent first.
  await shell.openPalette()
  const recent = app.page.getByTestId('palette-recent')
  await expect(recent).toHaveCount(2)
  await expect(recent.first()).toContainText(join(app.root, 'irish'))
  await expect(recent.nth(1)).toContainText(join(app.dataDir, 'library'))
  await recent.first().click()
  await expect(shell.name).toHaveText('irish')
  await expect(library.rows).toHaveCount(2)

  await app.restart()
  const again = new LibraryPage(app.page)
  await expect(again.rows).toHaveCount(2)
  await expect(new LibraryShell(app.page).name).toHaveText('irish')
})

test('a library another process holds opens read-only, with a banner, and refuses changes', async ({
  app,
}) => {
  const library = new LibraryPage(app.page)
  const shell = new LibraryShell(app.page)
  const dir = join(app.root, 'held')
  const held = await libraryWith(dir, ['Cork'])
  try {
    await expect(library.rows).toHaveCount(5)
    await expect(shell.readOnly).toBeHidden()
    await app.answerDialogs(['held'])
    await shell.runCommand('open-library')
    await expect(shell.readOnly).toContainText(`${dir} is open in another window or command`)
    await expect(library.rows).toHaveCount(1)

    await library.select('Cork')
    await expect(app.page.getByTestId('bulk-status')).toBeDisabled()
    await expect(app.page.getByTestId('bulk-trash')).toBeDisabled()
    await expect(shell.undoButton).toBeDisabled()

    // The editor shows the profile but takes no typing, and says why.
    const editor = await openEditor(app.page, 'Cork')
    await expect(app.page.getByTestId('editor-saving-note')).toHaveText(
      'Read-only: changes here are not saved',
    )
    await expect(editor.headline).toBeDisabled()
    await expect(editor.headline).toHaveValue('')
    expect((await editor.stored(await editor.id())).headline).toBeNull()
    expect(held.get('p-000001')?.profile.headline).toBeNull()
  } finally {
    await held.close()
  }
})

test('after a restart every kind of change is there, and undo and redo go on where they were', async ({
  app,
}) => {
  const wuhan = await openEditor(app.page, 'Wuhan')
  const id = await wuhan.id()
  // A metric, a section's body, an unassigned line moved into a new contact.
  await wuhan.metric('population').value.fill('11,081,000')
  await wuhan.metric('population').value.blur()
  await expect(wuhan.metric('population').origin).toHaveText('manual')
  const body = wuhan.section('Challenges and goals').getByTestId('section-body')
  await body.click()
  await app.page.keyboard.press('Control+End')
  await app.page.keyboard.type('\n\nTyped before the restart.')
  await expect
    .poll(async () => (await wuhan.stored(id)).sections[2]?.body)
    .toContain('Typed before the restart.')
  await wuhan.moveLine('Cheng Mr Yongwen', 'A new contact’s name')
  await expect(wuhan.unassigned).toHaveCount(0)
  // The line's menu went with the line: Escape still closes the editor.
  await wuhan.close()

  // Two changes of status in bulk, the second undone: there is something to redo.
  const library = new LibraryPage(app.page)
  const shell = new LibraryShell(app.page)
  await library.select('Beijing', 'Changzhou')
  await library.setStatus('done')
  await expect(library.statusOf('Changzhou')).toHaveText('Done')
  await library.select('Shenzhen')
  await library.setStatus('in-review')
  await expect(library.statusOf('Shenzhen')).toHaveText('In review')
  await shell.undo()
  await expect(library.statusOf('Shenzhen')).toHaveText('Draft')
  await expect(shell.saving).toHaveAttribute('data-state', 'saved')
  const undoLabel = await shell.undoButton.getAttribute('aria-label')
  const redoLabel = await shell.redoButton.getAttribute('aria-label')
  expect(redoLabel).toMatch(/^Redo /)

  await app.restart()

  const after = new LibraryPage(app.page)
  const afterShell = new LibraryShell(app.page)
  await expect(after.rows).toHaveCount(5)
  await expect(after.statusOf('Beijing')).toHaveText('Done')
  await expect(after.statusOf('Changzhou')).toHaveText('Done')
  await expect(after.statusOf('Shenzhen')).toHaveText('Draft')
  await expect(afterShell.undoButton).toHaveAttribute('aria-label', undoLabel!)
  await expect(afterShell.redoButton).toHaveAttribute('aria-label', redoLabel!)

  const again = await openEditor(app.page, 'Wuhan')
  await expect(again.metric('population').value).toHaveValue('11,081,000')
  await expect(again.section('Challenges and goals').getByTestId('section-body')).toHaveValue(
    /Typed before the restart\.$/,
  )
  await expect(again.unassigned).toHaveCount(0)
  await expect(again.contacts.nth(1).getByTestId('contact-name')).toHaveValue('Cheng Mr Yongwen')
  await app.page.getByTestId('editor-close').click()

  await afterShell.redo()
  await expect(after.statusOf('Shenzhen')).toHaveText('In review')
  await afterShell.undo()
  await afterShell.undo()
  await expect(after.statusOf('Changzhou')).toHaveText('Draft')
  await expect(after.statusOf('Beijing')).toHaveText('Draft')
})
