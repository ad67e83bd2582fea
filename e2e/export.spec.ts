// Validation and export as a curator does them: the problems view with a fix and jump-to-field, the problem
// count in the library table, and an export from the dialog read back from disk.
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { makeMetric, makeProfile } from '../src/core/library/testProfile'
import { expect, test } from './fixtures'
import { LibraryPage } from './pages/LibraryPage'

/** A sample with problems: a link that is not a valid address, a member-since year before the network. */
const CORK = makeProfile({
  id: 'cork',
  city: 'Cork',
  country: 'Ireland',
  headline: 'A learning city by the sea',
  metrics: { memberSince: makeMetric('memberSince', { value: 1999 }) },
  sections: [{ id: 's1', heading: 'Vision', body: 'Learning for all, in every neighbourhood.' }],
  links: [{ label: 'City website', url: 'www.corkcity.ie' }],
})

test.use({ extraSamples: { 'cork.json': JSON.stringify([CORK]) } })

test('the problems view fixes a link and jumps to the member-since field', async ({ app }) => {
  const library = new LibraryPage(app.page)
  const page = app.page
  await library.rows.first().waitFor()
  await expect(library.row('Cork').getByTestId('row-problems')).toHaveText('2 problems')
  await expect(page.getByTestId('problems-count')).toHaveText('1')

  await page.getByTestId('tab-problems').click()
  const screen = page.getByTestId('problems-screen')
  await expect(screen.getByTestId('problems-summary')).toHaveText('2 errors and 0 warnings in 1 profile')
  const link = screen.locator('[data-rule="invalid-link"]')
  await expect(link).toContainText(
    'The address “www.corkcity.ie” of the link “City website” is not a valid web address',
  )
  await link.getByTestId('problem-fix').click()
  await expect(link).toHaveCount(0)
  await expect(screen.getByTestId('problems-summary')).toHaveText('1 error and 0 warnings in 1 profile')

  await screen.locator('[data-rule="member-before-network"]').getByTestId('problem-go').click()
  const editor = page.getByTestId('profile-editor')
  await expect(editor).toHaveAttribute('data-profile-id', 'cork')
  await expect(editor.locator('[data-field="metric:memberSince"]:focus-within')).toHaveCount(1)
  await expect(editor.locator('[data-field="link:0"]').getByTestId('link-url')).toHaveValue(
    'http://www.corkcity.ie',
  )
  await page.keyboard.press('Escape')
  await expect(screen).toBeVisible()
})

test('exports from the dialog, with a warning while problems remain, and the files read back', async ({
  app,
}) => {
  const page = app.page
  await new LibraryPage(app.page).rows.first().waitFor()
  await app.answerDialogs(['dataset'])
  await page.getByTestId('export-button').click()
  const dialog = page.getByRole('dialog', { name: 'Export the dataset' })
  await expect(dialog.getByTestId('export-count')).toHaveText('6 profiles selected')
  await expect(dialog.getByTestId('export-warning')).toContainText('1 of the 6 profiles to export has errors')
  await dialog.getByTestId('export-format-md').click()
  await dialog.getByTestId('export-choose').click()
  await expect(dialog.getByTestId('export-out')).toHaveValue(join(app.root, 'dataset'))
  await dialog.getByTestId('export-start').click()
  await expect(dialog.getByTestId('export-done')).toContainText('Exported 6 profiles')
  await expect(dialog.getByTestId('export-reveal')).toBeVisible()

  const out = join(app.root, 'dataset')
  expect((await readdir(out)).sort()).toEqual([
    'contacts.csv',
    'datapackage.json',
    'links.csv',
    'markdown',
    'profiles.csv',
    'profiles.json',
    'sections.csv',
  ])
  const rows = parse(await readFile(join(out, 'profiles.csv'), 'utf8'), { columns: true }) as Array<
    Record<string, string>
  >
  expect(rows.find((r) => r.id === 'cork')).toMatchObject({
    city: 'Cork',
    memberSince: '1999',
    population: '',
  })
  const md = await readFile(join(out, 'markdown', 'cork-cork.md'), 'utf8')
  expect(md).toContain('# Cork, Ireland')
  expect(md).toContain('| Member since | 1999 | from the source |')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()
})
