// The profile editor on the five sample profiles of a fresh library: every edit is saved as it is made, invalid
// input is refused where it was typed, and what the editor shows after a reload is what main stored.
import { expect, test } from './fixtures'
import { openEditor } from './pages/editorPage'

test('a metric typed as a value is saved as the curator’s, and is still there after a reload', async ({
  app,
}) => {
  const editor = await openEditor(app.page, 'Wuhan')
  const population = editor.metric('population')
  await expect(population.origin).toHaveText('missing')
  await population.value.fill('11,081,000')
  await population.year.fill('2019')
  await population.year.blur()
  await expect(population.origin).toHaveText('manual')

  await app.page.reload()
  const again = await openEditor(app.page, 'Wuhan')
  await expect(again.metric('population').value).toHaveValue('11,081,000')
  await expect(again.metric('population').year).toHaveValue('2019')
  expect((await again.stored(await again.id())).metrics.population).toMatchObject({
    value: 11_081_000,
    year: 2019,
    origin: 'manual',
    raw: '11,081,000',
  })
})

test('an invalid metric is refused with the model’s message and never saved', async ({ app }) => {
  const editor = await openEditor(app.page, 'Wuhan')
  const gdp = editor.metric('gdpCity')
  await expect(gdp.min).toHaveValue('15,000')
  await gdp.max.fill('100')
  await gdp.max.blur()
  await expect(gdp.error).toHaveText('the band is reversed: min is greater than max')
  await expect(gdp.raw).toContainText('Between USD 15,000 and USD 25,000')
  expect((await editor.stored(await editor.id())).metrics.gdpCity).toMatchObject({
    max: 25_000,
    origin: 'source',
  })

  await app.page.reload()
  await expect((await openEditor(app.page, 'Wuhan')).metric('gdpCity').max).toHaveValue('25,000')
})

test('a figure typed as a source writes it is read before it is saved', async ({ app }) => {
  const editor = await openEditor(app.page, 'Wuhan')
  const density = editor.metric('populationDensity')
  await density.row.getByTestId('metric-write').click()
  await density.row.getByTestId('metric-text').fill('More than 500 inhabitants per km²')
  await expect(density.row.getByTestId('metric-text-reading')).toHaveText('Reads as ≥ 500 people/km²')
  await density.row.getByTestId('metric-text-use').click()
  await expect(density.origin).toHaveText('manual')
  await expect(density.raw).toHaveText('As written: “More than 500 inhabitants per km²”')
  await expect(density.min).toHaveValue('500')
})

test('a section body is saved as it is typed, and its preview shows markup as text', async ({ app }) => {
  const editor = await openEditor(app.page, 'Wuhan')
  const section = editor.section('Challenges and goals')
  const body = section.getByTestId('section-body')
  await body.click()
  await app.page.keyboard.press('Control+End')
  await app.page.keyboard.type('\n\n<script>document.title = "owned"</script>')
  // No blur: the pause in typing saves it.
  await expect
    .poll(async () => (await editor.stored(await editor.id())).sections[2]?.body)
    .toContain('<script>document.title = "owned"</script>')

  await section.getByTestId('section-preview-toggle').click()
  const preview = section.getByTestId('section-preview')
  await expect(preview).toContainText('<script>document.title = "owned"</script>')
  await expect(preview.locator('script')).toHaveCount(0)
  expect(await app.page.title()).not.toBe('owned')

  await app.page.reload()
  const again = await openEditor(app.page, 'Wuhan')
  await expect(again.section('Challenges and goals').getByTestId('section-body')).toHaveValue(/<script>/)
})

test('sections move with Alt+Up, and the body keeps the focus', async ({ app }) => {
  const editor = await openEditor(app.page, 'Wuhan')
  await editor.section('Plan and implementation').getByTestId('section-body').focus()
  await app.page.keyboard.press('Alt+ArrowUp')
  await expect(editor.sections.nth(2).getByTestId('section-heading')).toHaveValue('Plan and implementation')
  await expect(editor.sections.nth(2).getByTestId('section-body')).toBeFocused()
  await expect
    .poll(async () => (await editor.stored(await editor.id())).sections.map((s) => s.heading))
    .toEqual([null, 'Vision and motivation', 'Plan and implementation', 'Challenges and goals'])
})

test('a section splits at the cursor, a sub-heading there naming the new one, and merges back', async ({
  app,
}) => {
  const editor = await openEditor(app.page, 'Wuhan')
  const body = editor.section('Plan and implementation').getByTestId('section-body')
  const text = await body.inputValue()
  await editor.placeCursor(body, text.indexOf('### Practical level'))
  await editor.section('Plan and implementation').getByTestId('section-split').click()
  await expect(editor.sections).toHaveCount(5)
  await expect(editor.sections.nth(4).getByTestId('section-heading')).toHaveValue('Practical level')
  await expect(editor.sections.nth(4).getByTestId('section-heading')).toBeFocused()

  await editor.section('Plan and implementation').getByTestId('section-merge').click()
  await expect(editor.sections).toHaveCount(4)
  await expect(editor.section('Plan and implementation').getByTestId('section-body')).toHaveValue(text)
})

test('an unassigned line moves into a new contact in one step', async ({ app }) => {
  const editor = await openEditor(app.page, 'Wuhan')
  await expect(editor.unassigned).toHaveCount(1)
  await editor.moveLine('Cheng Mr Yongwen', 'A new contact’s name')
  await expect(editor.unassigned).toHaveCount(0)
  await expect(editor.contacts.nth(1).getByTestId('contact-name')).toHaveValue('Cheng Mr Yongwen')
  const stored = await editor.stored(await editor.id())
  expect(stored.unassigned).toEqual([])
  expect(stored.contacts.map((c) => c.name)).toEqual(['Mr. Zheng Wang', 'Cheng Mr Yongwen'])

  // The source panel knows where the line is now.
  await editor.sourceLine(9).click()
  await expect(editor.destinations).toContainText('Contact 2')
})

test('the app’s undo takes back a structural edit in one step, and the editor shows it', async ({ app }) => {
  const editor = await openEditor(app.page, 'Wuhan')
  await editor.section('Challenges and goals').getByTestId('section-merge').click()
  await expect(editor.sections).toHaveCount(3)
  await editor.unassignedLine('Cheng Mr Yongwen').getByTestId('unassigned-boilerplate').click()
  await expect(editor.unassigned).toHaveCount(0)

  await editor.root.focus()
  await app.page.keyboard.press('ControlOrMeta+z')
  await expect(editor.unassigned.getByTestId('unassigned-text')).toHaveText(['Cheng Mr Yongwen'])
  await expect(editor.sections).toHaveCount(3)
  await app.page.keyboard.press('ControlOrMeta+z')
  await expect(editor.sections).toHaveCount(4)
})

test('a broken link address is shown with its problem and not saved', async ({ app }) => {
  const editor = await openEditor(app.page, 'Wuhan')
  await app.page.getByTestId('link-add').click()
  const url = editor.links.first().getByTestId('link-url')
  await url.fill('http://eng.han gzhou.gov.cn/')
  await url.blur()
  await expect(editor.links.first()).toContainText('An address has no spaces')
  expect((await editor.stored(await editor.id())).links).toEqual([])

  await editor.links.first().getByTestId('link-repair').click()
  await expect(url).toHaveValue('http://eng.hangzhou.gov.cn/')
  await expect
    .poll(async () => (await editor.stored(await editor.id())).links)
    .toEqual([{ label: '', url: 'http://eng.hangzhou.gov.cn/' }])
  await expect(editor.links.first().getByTestId('link-open')).toHaveAttribute('target', '_blank')
})

test('focusing a field highlights the source lines it came from', async ({ app }) => {
  const editor = await openEditor(app.page, 'Changzhou')
  await editor.metric('gdpCountry').value.focus()
  await expect(editor.highlightedLines).toHaveText(['9• GDP - country:', '10USD$ 8,000'])
  await editor.headline.focus()
  await expect(editor.highlightedLines).toHaveText([
    '13Innovative institutional design for building a learning city',
  ])
})

test('Escape closes the editor after saving what was being typed', async ({ app }) => {
  const editor = await openEditor(app.page, 'Wuhan')
  const id = await editor.id()
  await editor.headline.fill('An innovation-oriented learning city')
  await editor.close()
  expect((await editor.stored(id)).headline).toBe('An innovation-oriented learning city')
})
