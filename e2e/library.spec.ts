import { expect, test } from './fixtures'
import { LibraryPage } from './pages/LibraryPage'
import { LibraryShell } from './pages/LibraryShell'

const SAMPLE_CITIES = ['Beijing', 'Changzhou', 'Hangzhou', 'Shenzhen', 'Wuhan']

test('the first start shows the sample library, its name and folder', async ({ app }) => {
  const library = new LibraryPage(app.page)
  const shell = new LibraryShell(app.page)
  await expect(library.rows).toHaveCount(5)
  expect((await library.cities()).sort()).toEqual(SAMPLE_CITIES)
  await expect(library.rowCount).toHaveText('5 profiles')
  await expect(shell.name).not.toBeEmpty()
  await expect(shell.folder).toContainText(app.dataDir)
  // The samples are where the library starts, not a change to undo.
  await expect(shell.undoButton).toBeDisabled()
})

test('sorts by a column, both ways, from the mouse and the keyboard', async ({ app }) => {
  const library = new LibraryPage(app.page)
  await expect(library.rows).toHaveCount(5)
  expect(await library.cities()).toEqual(SAMPLE_CITIES)
  await library.sortBy('city')
  expect(await library.cities()).toEqual([...SAMPLE_CITIES].reverse())
  // Missing metrics, fewest first: the three complete bulleted profiles, then Wuhan (6), then Hangzhou (7).
  await app.page.getByTestId('sort-missing').focus()
  await app.page.keyboard.press('Enter')
  expect((await library.cities()).slice(3)).toEqual(['Wuhan', 'Hangzhou'])
})

test('finds a profile by full-text search, marks the match and says where it matched', async ({ app }) => {
  const library = new LibraryPage(app.page)
  await expect(library.rows).toHaveCount(5)
  await app.page.keyboard.press('ControlOrMeta+f')
  await expect(library.search).toBeFocused()
  await app.page.keyboard.type('wuhan')
  await expect(library.rows).toHaveCount(1)
  await expect(library.row('Wuhan').locator('mark')).toHaveText('Wuhan')
  await library.searchFor('museum')
  await expect(library.rows).toHaveCount(1)
  await expect(library.row('Hangzhou').getByTestId('row-snippet')).toContainText(/^in sections · museum/)
  await expect(library.rowCount).toHaveText('1 of 5')
})

test('finds profiles by a missing metric, with counts that follow the other filters', async ({ app }) => {
  const library = new LibraryPage(app.page)
  await expect(library.rows).toHaveCount(5)
  await expect(library.facetCount('missing', 'populationDensity')).toHaveText('2')
  await library.facet('missing', 'populationDensity').click()
  await expect(library.rows).toHaveCount(2)
  expect((await library.cities()).sort()).toEqual(['Hangzhou', 'Wuhan'])
  await expect(library.row('Wuhan').getByTestId('row-missing')).toContainText('Density')
  // Among the profiles missing a density, one has lines left to place.
  await expect(library.facetCount('unassigned', 'yes')).toHaveText('1')
  await library.facet('missing', 'gdpCity').click()
  await expect(library.rows).toHaveCount(2)
  await library.facet('missing', 'populationDensity').click()
  await expect(library.rows).toHaveCount(1)
  await expect(library.row('Hangzhou')).toBeVisible()
})

test('sets the status of several profiles at once, undoably', async ({ app }) => {
  const library = new LibraryPage(app.page)
  const shell = new LibraryShell(app.page)
  await library.select('Beijing', 'Wuhan')
  await expect(library.bulkCount).toHaveText('2 selected')
  await library.setStatus('done')
  await expect(library.statusOf('Beijing')).toHaveText('Done')
  await expect(library.statusOf('Wuhan')).toHaveText('Done')
  await expect(library.statusOf('Hangzhou')).toHaveText('Draft')
  await expect(library.facetCount('status', 'done')).toHaveText('2')
  await expect(shell.saving).toHaveAttribute('data-state', 'saved')
  await expect(shell.undoButton).toBeEnabled()
  await shell.undo()
  await expect(library.statusOf('Beijing')).toHaveText('Draft')
  await expect(library.statusOf('Wuhan')).toHaveText('Draft')
  await shell.redo()
  await expect(library.statusOf('Wuhan')).toHaveText('Done')
})

test('moves profiles to the trash, restores one, and undoes with the keyboard', async ({ app }) => {
  const library = new LibraryPage(app.page)
  await library.select('Shenzhen', 'Wuhan')
  await library.moveToTrash()
  await expect(library.rows).toHaveCount(3)
  await expect(app.page.getByTestId('view-trash')).toHaveText('Trash · 2')

  await library.showTrash()
  expect((await library.cities()).sort()).toEqual(['Shenzhen', 'Wuhan'])
  await library.select('Wuhan')
  await library.restore()
  await expect(library.rows).toHaveCount(1)

  // Undo the restore, then the move, from the keyboard: the table has focus, not a text field.
  await library.table.focus()
  await app.page.keyboard.press('ControlOrMeta+z')
  await expect(library.rows).toHaveCount(2)
  await app.page.keyboard.press('ControlOrMeta+z')
  await expect(library.empty).toContainText('The trash is empty')
  await library.showLibrary()
  await expect(library.rows).toHaveCount(5)
})

test('leaves Ctrl+Z to the search field while it has focus', async ({ app }) => {
  const library = new LibraryPage(app.page)
  const shell = new LibraryShell(app.page)
  await library.select('Beijing')
  await library.setStatus('in-review')
  await expect(library.statusOf('Beijing')).toHaveText('In review')
  await library.search.click()
  await app.page.keyboard.type('bei')
  await app.page.keyboard.press('ControlOrMeta+z')
  await expect(library.statusOf('Beijing')).toHaveText('In review')
  await expect(shell.undoButton).toBeEnabled()
})

test('selects and opens with the keyboard', async ({ app }) => {
  const library = new LibraryPage(app.page)
  await expect(library.rows).toHaveCount(5)
  await library.table.focus()
  await app.page.keyboard.press('ArrowDown')
  await app.page.keyboard.press('Space')
  await app.page.keyboard.press('Shift+ArrowDown')
  await app.page.keyboard.press('Shift+ArrowDown')
  await expect(library.bulkCount).toHaveText('3 selected')
  await app.page.keyboard.press('ControlOrMeta+a')
  await expect(library.bulkCount).toHaveText('5 selected')
  await app.page.keyboard.press('Escape')
  await expect(library.bulkBar).toBeHidden()
  await app.page.keyboard.press('Enter')
  await expect(library.editorTitle).toHaveText('Hangzhou')
  await library.closeEditor()
  // Back in the table, the keys go on from the row that was opened.
  await app.page.keyboard.press('ArrowDown')
  await app.page.keyboard.press('Space')
  await expect(library.bulkCount).toHaveText('1 selected')
  await expect(library.row('Shenzhen')).toHaveAttribute('aria-selected', 'true')
})

test('the palette goes to a profile by city or country, and runs commands', async ({ app }) => {
  const library = new LibraryPage(app.page)
  const shell = new LibraryShell(app.page)
  await expect(library.rows).toHaveCount(5)
  await shell.openPalette()
  await app.page.keyboard.type('changz')
  await app.page.keyboard.press('Enter')
  await expect(library.editorTitle).toHaveText('Changzhou')
  await library.closeEditor()

  await shell.openPalette()
  await app.page.keyboard.type('china')
  await expect(app.page.getByTestId('palette-profile')).toHaveCount(5)
  await shell.closePalette()

  await shell.runCommand('about')
  await expect(shell.about.getByTestId('about-name')).toHaveText('Profile Curator')
  await expect(shell.about.getByTestId('about-version')).toContainText(/Version \d+\.\d+\.\d+/)
})

test('the theme follows the choice and is kept for the next start', async ({ app }) => {
  const shell = new LibraryShell(app.page)
  await expect(new LibraryPage(app.page).rows).toHaveCount(5)
  expect(await shell.colorScheme()).toBe('light')
  await shell.chooseTheme('dark')
  await expect.poll(() => shell.colorScheme()).toBe('dark')
  await app.page.reload()
  await expect(new LibraryPage(app.page).rows).toHaveCount(5)
  await expect.poll(() => shell.colorScheme()).toBe('dark')
  await shell.runCommand('toggle-theme')
  await expect.poll(() => shell.colorScheme()).toBe('light')
})

test.describe('with no sample files', () => {
  test.use({ samples: [] })

  test('an empty library says how to fill it', async ({ app }) => {
    const library = new LibraryPage(app.page)
    await expect(library.empty).toContainText('This library is empty')
    await expect(library.rows).toHaveCount(0)
  })
})
