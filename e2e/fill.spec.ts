// Filling missing metrics as a curator does it: reviewing the narrative's suggestions with the keyboard, and
// filling from a reference table after seeing every change it makes. The samples are the five seed profiles.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { FillPage } from './pages/FillPage'

test('reviews suggestions with the keyboard: accept, undo, reject several', async ({ app }) => {
  const fill = new FillPage(app.page)
  await fill.showSuggestions()
  await expect(fill.rows).toHaveCount(3)
  await expect(fill.count).toHaveText('3 suggestions')

  await fill.list.focus()
  await expect(fill.focusedRow()).toContainText('Changzhou')
  expect(await fill.marks()).toEqual(['cue:joined', 'cue:Global Network of Learning Cities', 'figure:2016'])

  await app.page.keyboard.press('ArrowDown')
  await expect(fill.focusedRow()).toContainText('Hangzhou')
  await expect(fill.detail.getByTestId('suggestion-value')).toHaveText('≥ 9,000,000 people (2015)')
  await expect(fill.detail.getByTestId('suggestion-evidence')).toContainText(
    '21 million people living in its metropolitan area',
  )
  expect(await fill.marks()).toEqual(['bound:more than', 'figure:9 million', 'cue:inhabitants', 'year:2015'])

  // Why the metropolitan area and the budgets gave nothing.
  await app.page.getByTestId('notices-button').click()
  const notices = app.page.getByTestId('notice')
  await expect(notices.filter({ hasText: '21 million' })).toContainText('a figure for a wider area')
  await expect(notices.filter({ hasText: '19.5 billion' })).toContainText('a budget, spending or an income')
  await app.page.keyboard.press('Escape')
  await fill.list.focus()

  await app.page.keyboard.press('a')
  await expect(fill.rows).toHaveCount(2)
  // The next suggestion takes the focus, so the keys go on.
  await expect(fill.focusedRow()).toContainText('Schooling')
  await fill.showCompleteness()
  await expect(fill.completeness('population')).toContainText('1 of 5')
  await expect(fill.completeness('population')).toContainText('Accepted suggestion 1')

  await app.page.keyboard.press('ControlOrMeta+z')
  await expect(fill.completeness('population')).toContainText('0 of 5')
  await fill.showSuggestions()
  await expect(fill.rows).toHaveCount(3)

  await fill.list.focus()
  await app.page.keyboard.press('Shift+ArrowDown')
  await expect(fill.count).toContainText('2 selected')
  await app.page.keyboard.press('r')
  await expect(fill.rows).toHaveCount(1)
  await expect(fill.rows.first()).toContainText('9.79 years')

  // Filters: nothing is high enough in another metric.
  await app.page.getByTestId('review-metric').click()
  await app.page.getByRole('option', { name: /Average years of schooling/ }).click()
  await expect(fill.rows).toHaveCount(1)
})

test('fills from a reference table after previewing every change, and undoes it', async ({ app }) => {
  const fill = new FillPage(app.page)
  await writeFile(
    join(app.root, 'cities.csv'),
    [
      'Place,Country,Population (2019),Area (km²),Source',
      'hangzhou,China,"10,360,000",16850,NBS',
      'WUHAN,People’s Republic of China,11.2 million,,',
      'Atlantis,,1000,,',
      'Beijing,China,lots,,',
    ].join('\n'),
  )
  await app.answerDialogs(['cities.csv'])
  await fill.openFillDialog()
  await fill.dialog.getByTestId('fill-choose').click()
  await expect(fill.dialog.getByTestId('fill-problems')).toContainText('no city column')
  await expect(fill.dialog.getByTestId('fill-apply')).toBeDisabled()

  await fill.mapColumn(0, 'City')
  await expect(fill.summary).toContainText('3 metrics in 2 profiles will be filled')
  await expect(fill.changes).toHaveCount(3)
  await expect(fill.changes.first()).toContainText('Hangzhou')
  await expect(fill.changes.first()).toContainText('10,360,000 people (2019)')
  await expect(fill.report).toContainText('Row 4: Atlantis matches no profile')
  await expect(fill.report).toContainText('Row 5: Population (2019) “lots”: not a figure for City population')

  await fill.dialog.getByTestId('fill-apply').click()
  await expect(fill.dialog).toBeHidden()
  await fill.showCompleteness()
  await expect(fill.completeness('population')).toContainText('2 of 5')
  await expect(fill.completeness('population')).toContainText('Reference table 2')
  // Population and area make a density to derive: it is in the queue with its formula.
  await fill.showSuggestions()
  await expect(fill.rows.filter({ hasText: 'derived' })).toHaveCount(1)

  await app.page.keyboard.press('ControlOrMeta+z')
  await fill.showCompleteness()
  await expect(fill.completeness('population')).toContainText('0 of 5')
})
