// A hostile profile, imported as a curator would get it from a colleague: HTML, event handlers, `javascript:`
// links and Markdown tricks in every text field. Every screen that shows it (the library table, the editor and
// its preview and links, the suggestions to review, the problems) shows the text as text, and none of it runs:
// the flag the payloads would set stays unset, and no element the payload describes exists in the page.
// The fixture also fails the test on any page or console error, so a payload the CSP had to block fails it too.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { FillPage } from './pages/FillPage'
import { LibraryPage } from './pages/LibraryPage'
import { LibraryShell } from './pages/LibraryShell'
import { openEditor } from './pages/editorPage'

const RUN = 'window.__pwned=1'
const IMG = `<img src=x onerror="${RUN}">`
const SCRIPT = `<script>${RUN}</script>`
const LINK = `[click me](javascript:${RUN})`
const CITY = `Hostileville ${IMG}`

const profile = {
  id: 'hostile-1',
  city: CITY,
  country: `France ${SCRIPT}`,
  headline: `${SCRIPT} <b onmouseover="${RUN}">bold</b> ${LINK}`,
  metrics: {
    population: null,
    urbanArea: null,
    populationDensity: null,
    gdpCity: null,
    gdpCountry: null,
    yearsOfSchooling: null,
    memberSince: null,
  },
  sections: [
    {
      id: 's1',
      heading: `Vision ${IMG}`,
      body: [
        `The city had more than 2 million inhabitants in 2019. ${IMG} ${LINK}`,
        '',
        `- a bullet with ${SCRIPT}`,
        `- <iframe src="https://evil.example/"></iframe> <javascript:${RUN}>`,
        '',
        `### Sub ${IMG}`,
        `![pixel](https://evil.example/p.png) <a href="javascript:${RUN}">anchor</a>`,
      ].join('\n'),
    },
  ],
  contacts: [{ role: 'focal point', name: `Ann ${IMG}`, title: SCRIPT, email: `javascript:${RUN}` }],
  links: [
    { label: `Evil ${IMG}`, url: `javascript:${RUN}` },
    { label: 'Data', url: `data:text/html,${SCRIPT}` },
    { label: 'Site', url: 'https://example.org/' },
  ],
  extraFields: [{ label: `Award ${IMG}`, value: SCRIPT }],
  status: 'draft',
  notes: `${SCRIPT} ${LINK}`,
  unassigned: [`${IMG} an unassigned line ${LINK}`],
  boilerplate: [],
  source: { file: 'hostile.json', layout: 'json', sha256: null, importedAt: '2026-01-01T00:00:00.000Z' },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
}

test.use({ samples: [], extraSamples: { 'hostile.json': JSON.stringify([profile]) } })

/** Nothing the payloads describe exists or ran: no flag, no handler attribute, no live link, frame or image. */
async function expectNothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (globalThis as Record<string, unknown>)['__pwned'])).toBeUndefined()
  await expect(page.locator('[onerror], [onclick], [onmouseover], [onload]')).toHaveCount(0)
  await expect(
    page.locator('a[href^="javascript:" i], a[href^="data:" i], [src^="javascript:" i]'),
  ).toHaveCount(0)
  await expect(page.locator('iframe, object, embed')).toHaveCount(0)
  await expect(page.locator('img[src="x"], img[src^="https://evil" i]')).toHaveCount(0)
  await expect(page.locator('body script')).toHaveCount(0)
}

test('the library table shows a hostile profile’s text as text', async ({ app }) => {
  const library = new LibraryPage(app.page)
  await expect(library.rows).toHaveCount(1)
  await expect(library.rows.first().getByTestId('row-city')).toHaveText(CITY)
  await expect(library.rows.first()).toContainText(SCRIPT)
  await expectNothingRan(app.page)
})

test('the editor shows every field, the Markdown preview and the links as text, and no link runs code', async ({
  app,
}) => {
  const editor = await openEditor(app.page, CITY)
  await expect(editor.title).toContainText(CITY)
  const section = editor.sections.first()
  await expect(section.getByTestId('section-heading')).toHaveValue(`Vision ${IMG}`)
  await expect(section.getByTestId('section-body')).toHaveValue(profile.sections[0]!.body)

  await section.getByTestId('section-preview-toggle').click()
  const preview = section.getByTestId('section-preview')
  await expect(preview).toContainText(IMG)
  await expect(preview).toContainText(LINK)
  await expect(preview).toContainText(`a bullet with ${SCRIPT}`)
  await expect(preview).toContainText('![pixel](https://evil.example/p.png)')
  await expect(preview.locator('a, img, script, iframe')).toHaveCount(0)

  // A javascript: or data: address is shown in its field, flagged, and its open button has no target.
  await expect(editor.links).toHaveCount(3)
  for (const [index, url] of profile.links.map((l) => l.url).entries()) {
    const link = editor.links.nth(index)
    await expect(link.getByTestId('link-url')).toHaveValue(url)
    const open = link.getByTestId('link-open')
    if (url.startsWith('https:')) await expect(open).toHaveAttribute('href', url)
    else await expect(open).not.toHaveAttribute('href', /.*/)
  }
  // Clicking the flagged one does nothing either.
  await editor.links.first().getByTestId('link-open').click({ force: true })
  await expect(editor.unassigned.first()).toContainText(IMG)
  await expectNothingRan(app.page)
})

test('the suggestions to review and the problems show the hostile text as text', async ({ app }) => {
  const fill = new FillPage(app.page)
  await fill.showSuggestions()
  await expect(fill.rows.first()).toBeVisible()
  await fill.rows.first().click()
  await expect(fill.detail.getByTestId('suggestion-evidence')).toContainText('2 million inhabitants')
  await expect(fill.detail).toContainText(IMG)
  await expect(fill.list).toContainText(CITY)
  await expectNothingRan(app.page)

  await new LibraryShell(app.page).runCommand('show-problems')
  const problems = app.page.getByTestId('problems-screen')
  await expect(problems.getByTestId('problems-profile')).toHaveCount(1)
  await expect(problems.getByTestId('problems-profile')).toContainText(CITY)
  await expectNothingRan(app.page)
})
