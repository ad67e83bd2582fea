// The core of the export on its own: exact JSON bytes, cleaning that is idempotent (so a re-import re-exports the
// same bytes), stable Markdown file names, and a data package whose columns are the CSV's.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { makeMetric, makeProfile } from '../library/testProfile'
import { FLAT_COLUMNS } from '../model/flatColumns'
import { buildExport } from './buildExport'
import { cleanProfile } from './cleanProfile'
import { CSV_TABLES } from './csvFormats'
import { dataPackageDescriptor } from './dataPackage'
import { fileText } from './exportFile'
import { markdownNames, profileMarkdown } from './markdown'

const none = (): boolean => false

describe('buildExport', () => {
  it('writes JSON that is exactly JSON.stringify of the cleaned profiles, sorted by id', () => {
    const profiles = [makeProfile({ id: 'p-2', city: 'B' }), makeProfile({ id: 'p-1', city: 'A' })]
    const plan = buildExport(profiles, { formats: ['json', 'jsonl'], filter: {}, hasProblems: none })
    const expected = [profiles[1]!, profiles[0]!].map(cleanProfile)
    expect(fileText(plan.files[0]!)).toBe(`${JSON.stringify(expected, null, 2)}\n`)
    expect(fileText(plan.files[1]!)).toBe(expected.map((p) => `${JSON.stringify(p)}\n`).join(''))
    expect(fileText(buildExport([], { formats: ['json'], filter: {}, hasProblems: none }).files[0]!)).toBe(
      '[]\n',
    )
  })

  it('brings the CSV files along with the data package, whose fields are the CSV columns', () => {
    const plan = buildExport([makeProfile()], { formats: ['datapackage'], filter: {}, hasProblems: none })
    expect(plan.files.map((f) => f.path)).toEqual([
      'profiles.csv',
      'sections.csv',
      'contacts.csv',
      'links.csv',
      'datapackage.json',
    ])
    const descriptor = dataPackageDescriptor() as {
      resources: Array<{ path: string; schema: { fields: Array<{ name: string }> } }>
    }
    expect(descriptor.resources[0]!.schema.fields.map((f) => f.name)).toEqual(FLAT_COLUMNS)
    for (const [i, table] of CSV_TABLES.entries())
      expect(descriptor.resources[i]!.schema.fields.map((f) => f.name)).toEqual(table.columns)
  })
})

describe('cleanProfile', () => {
  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (headline, body, url) => {
        const p = makeProfile({
          headline,
          sections: [{ id: 's1', heading: headline, body }],
          links: [{ label: headline, url: url || 'x' }],
          notes: body,
          unassigned: [body],
          metrics: { population: makeMetric('population', { raw: body }) },
        })
        const once = cleanProfile(p)
        expect(cleanProfile(once)).toEqual(once)
      }),
    )
  })
})

describe('markdown', () => {
  it('names files after id and city, safely and uniquely', () => {
    const names = markdownNames([
      makeProfile({ id: 'p-000001', city: 'Xi’an' }),
      makeProfile({ id: '../p', city: 'Ürümqi' }),
      makeProfile({ id: 'index', city: '' }),
    ])
    expect([...names.values()]).toEqual(['p-000001-xi-an.md', '_p-urumqi.md', 'index-2.md'])
  })

  it('renders metrics in a table, with pipes escaped and missing metrics as a dash', () => {
    const md = profileMarkdown(
      makeProfile({
        city: 'Cork',
        headline: 'A | B',
        metrics: { gdpCity: makeMetric('gdpCity', { value: null, min: 15000, max: 25000 }) },
        sections: [{ id: 's1', heading: 'Vision', body: 'Text.' }],
      }),
    )
    expect(md).toContain('# Cork, Ireland\n\n*A | B*')
    expect(md).toContain('| GDP per capita – city | 15,000–25,000 USD | from the source |')
    expect(md).toContain('| City population | — |  |')
    expect(md).toContain('## Vision\n\nText.')
  })
})
