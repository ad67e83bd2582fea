// Pictures of each screen in both themes and two window sizes, for a person to look at:
// `npm run screenshots` writes them to .tmp/screenshots/.
import { cp, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { makeMetric, makeProfile } from '../src/core/library/testProfile'
import { Library } from '../src/services/library/library'
import { test } from './fixtures'
import { SAMPLES_DIR } from './hosts/paths'
import { openEditor } from './pages/editorPage'
import { FillPage } from './pages/FillPage'
import { ImportPage } from './pages/ImportPage'
import { LibraryPage } from './pages/LibraryPage'
import { LibraryShell } from './pages/LibraryShell'
import { settle } from './pages/settle'

/** Profiles with the problems a curator meets: a broken link, impossible figures, damage left in the text. */
const PROBLEM_SAMPLES = [
  makeProfile({
    id: 'cork',
    city: 'Cork',
    country: 'Ireland',
    metrics: {
      memberSince: makeMetric('memberSince', { value: 1999 }),
      population: makeMetric('population', { value: 210_000 }),
      urbanArea: makeMetric('urbanArea', { value: 187 }),
      populationDensity: makeMetric('populationDensity', { value: 4000 }),
    },
    links: [{ label: 'City website', url: 'www.corkcity.ie' }],
  }),
  makeProfile({
    id: 'tunis',
    city: 'Tunis',
    country: 'Tunisia',
    headline: 'A learning city on the MediterraneanTunis builds bridges',
    metrics: { gdpCity: makeMetric('gdpCity', { value: 30_000, min: 15_000, max: 25_000 }) },
    sections: [
      { id: 's1', heading: 'Contact', body: 'groups\nSee http://www.commune-tu nis.gov.tn/ for details.' },
      { id: 's2', heading: 'Plan and implementation', body: '' },
    ],
  }),
]

const OUT = fileURLToPath(new URL('../.tmp/screenshots/', import.meta.url))
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
]

for (const colorScheme of ['light', 'dark'] as const) {
  for (const viewport of SIZES) {
    const name = `${colorScheme}-${viewport.width}x${viewport.height}`
    test.describe(name, () => {
      test.use({ colorScheme, viewport })

      test(`library, search, selection, trash and profile, ${name}`, async ({ app }) => {
        const library = new LibraryPage(app.page)
        const shell = new LibraryShell(app.page)
        const shot = async (screen: string) => {
          await settle(app.page)
          await app.page.screenshot({ path: `${OUT}${screen}-${name}.png` })
        }
        await library.rows.first().waitFor()
        await shot('library')

        await library.searchFor('museum')
        await library.row('Hangzhou').getByTestId('row-snippet').waitFor()
        await shot('library-search')
        await library.searchFor('')

        await library.facet('missing', 'populationDensity').click()
        await library.select('Hangzhou', 'Wuhan')
        await library.table.focus()
        await shot('library-selection')
        await library.moveToTrash()
        await library.showTrash()
        await library.rows.first().waitFor()
        await shot('trash')
        await library.showLibrary()
        await library.facet('missing', 'populationDensity').click()

        await shell.openPalette()
        await shot('palette')
        await app.page.keyboard.type('zhou')
        await app.page.getByTestId('palette-profile').first().waitFor()
        await shot('palette-search')
        await shell.closePalette()

        await library.open('Changzhou')
        await shot('editor-changzhou')
        await library.closeEditor()
      })

      test(`import report, ${name}`, async ({ app }) => {
        const importing = new ImportPage(app.page)
        await new LibraryPage(app.page).rows.first().waitFor()
        await cp(SAMPLES_DIR, join(app.root, 'seeds'), { recursive: true })
        await app.answerDialogs(['seeds', 'seeds/missing.txt'])
        await importing.fromHeader('files')
        await importing.waitForReport()
        await app.page.screenshot({ path: `${OUT}import-report-${name}.png` })
      })
    })
  }
}

// A library another process holds: the read-only banner, and the editor showing a profile it cannot change.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`read-only ${colorScheme}`, () => {
    test.use({ colorScheme, viewport: SIZES[1] })

    test(`read-only library, ${colorScheme}`, async ({ app }) => {
      const held = await Library.open(join(app.root, 'held'), { create: true })
      try {
        await held.apply({ type: 'create', profiles: [makeProfile({ city: 'Cork', country: 'Ireland' })] })
        await new LibraryPage(app.page).rows.first().waitFor()
        await app.answerDialogs(['held'])
        await new LibraryShell(app.page).runCommand('open-library')
        await app.page.getByTestId('read-only-banner').waitFor()
        await settle(app.page)
        await app.page.screenshot({ path: `${OUT}read-only-${colorScheme}.png` })
        await openEditor(app.page, 'Cork')
        await settle(app.page)
        await app.page.screenshot({ path: `${OUT}read-only-editor-${colorScheme}.png` })
      } finally {
        await held.close()
      }
    })
  })
}

test.describe('empty', () => {
  test.use({ samples: [] })

  test('empty library', async ({ app }) => {
    await new LibraryPage(app.page).empty.waitFor()
    await app.page.screenshot({ path: `${OUT}library-empty.png` })
  })
})

// The profile editor: each group of the form with the source beside it, in the states a curator meets
// (a field in focus with its source lines, a refused figure, a preview, a line clicked in the source).
for (const colorScheme of ['light', 'dark'] as const) {
  for (const viewport of SIZES) {
    const name = `${colorScheme}-${viewport.width}x${viewport.height}`
    test.describe(`editor ${name}`, () => {
      test.use({ colorScheme, viewport })

      test(`editor groups and states, ${name}`, async ({ app }) => {
        const shot = async (screen: string) => {
          await settle(app.page)
          await app.page.screenshot({ path: `${OUT}editor-${screen}-${name}.png` })
        }
        await new LibraryPage(app.page).rows.first().waitFor()
        const editor = await openEditor(app.page, 'Wuhan')
        await shot('wuhan')

        const gdp = editor.metric('gdpCity')
        await gdp.max.focus()
        await gdp.row.scrollIntoViewIfNeeded()
        await shot('metrics-focus')
        await gdp.max.fill('100')
        await gdp.max.blur()
        await gdp.error.waitFor()
        await shot('metrics-refused')
        await gdp.max.fill('25,000')
        await gdp.max.blur()

        const section = editor.section('Plan and implementation')
        await section.getByTestId('section-preview-toggle').click()
        await section.scrollIntoViewIfNeeded()
        await shot('sections-preview')

        await editor.unassigned.first().scrollIntoViewIfNeeded()
        await editor.sourceLine(9).click()
        await shot('unassigned-source')
        await editor.close()

        await openEditor(app.page, 'Hangzhou')
        await shot('hangzhou')
        await editor.contacts.first().scrollIntoViewIfNeeded()
        await editor.contacts.first().getByTestId('contact-name').focus()
        await shot('hangzhou-contacts')
      })
    })
  }
}

// Filling missing metrics: the review queue with a suggestion in focus, the fill-from-table preview, completeness.
for (const colorScheme of ['light', 'dark'] as const) {
  for (const viewport of SIZES) {
    const name = `${colorScheme}-${viewport.width}x${viewport.height}`
    test.describe(`fill ${name}`, () => {
      test.use({ colorScheme, viewport })

      test(`review queue, table fill and completeness, ${name}`, async ({ app }) => {
        const fill = new FillPage(app.page)
        const shot = async (screen: string) => {
          await settle(app.page)
          await app.page.screenshot({ path: `${OUT}fill-${screen}-${name}.png` })
        }
        await new LibraryPage(app.page).rows.first().waitFor()
        await fill.showSuggestions()
        await fill.list.focus()
        await app.page.keyboard.press('ArrowDown')
        await shot('review')
        await app.page.getByTestId('notices-button').click()
        await app.page.getByTestId('notice').first().waitFor()
        await shot('notices')
        await app.page.keyboard.press('Escape')
        await app.page.getByTestId('notices-dialog').waitFor({ state: 'hidden' })

        await writeFile(
          join(app.root, 'cities.csv'),
          [
            'City,Country,Population (2019),Area (km²),GDP per capita (city),Source,Notes',
            'hangzhou,China,"10,360,000",16850,"USD 21,000",NBS,',
            'WUHAN,People’s Republic of China,11.2 million,8569,,,',
            'Beijing,China,21.5 million,,,,',
            'Atlantis,,1000,,,,',
            'Changzhou,China,lots,,,,',
          ].join('\n'),
        )
        await app.answerDialogs(['cities.csv'])
        await fill.openFillDialog()
        await fill.dialog.getByTestId('fill-choose').click()
        await fill.summary.waitFor()
        await shot('table-preview')
        await fill.dialog.getByTestId('fill-apply').click()
        await fill.dialog.waitFor({ state: 'hidden' })
        await fill.showCompleteness()
        await shot('completeness')
      })
    })
  }
}

// The problems view and the export dialog, with a sample that has problems (see e2e/export.spec.ts).
for (const colorScheme of ['light', 'dark'] as const) {
  for (const viewport of SIZES) {
    const name = `${colorScheme}-${viewport.width}x${viewport.height}`
    test.describe(`problems and export ${name}`, () => {
      test.use({ colorScheme, viewport, extraSamples: { 'problems.json': JSON.stringify(PROBLEM_SAMPLES) } })

      test(`problems view and export dialog, ${name}`, async ({ app }) => {
        const shot = async (screen: string) => {
          await settle(app.page)
          await app.page.screenshot({ path: `${OUT}${screen}-${name}.png` })
        }
        await new LibraryPage(app.page).rows.first().waitFor()
        await app.page.getByTestId('problems-count').waitFor()
        await shot('library-problems')
        await app.page.getByTestId('tab-problems').click()
        await app.page.getByTestId('problem').first().waitFor()
        await shot('problems')
        await app.answerDialogs(['dataset'])
        await app.page.getByTestId('export-button').click()
        await app.page.getByTestId('export-choose').click()
        await app.page.getByTestId('export-warning').waitFor()
        await shot('export-dialog')
        await app.page.getByTestId('export-start').click()
        await app.page.getByTestId('export-done').waitFor()
        await shot('export-done')
      })
    })
  }
}
