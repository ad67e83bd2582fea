// Export of a real library (the seeds plus a profile written to be awkward) to every format, checked the way a
// user of the data would: import it back, parse the CSV, validate the data package with Frictionless' own
// JavaScript library, export twice and compare bytes.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { Package } from 'datapackage'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanProfile, EXPORT_FORMATS } from '../../core/export'
import { makeMetric, makeProfile } from '../../core/library/testProfile'
import { FLAT_COLUMNS, profileToRow } from '../../core/model/flatColumns'
import { importFiles } from '../import/importFiles'
import { FaultDisk } from '../library/__fixtures__/faultDisk'
import { Library } from '../library/library'
import { exportLibrary, liveProfiles } from './exportLibrary'

const SEEDS = join(__dirname, '../../../../shared/seeds')
const libs: Library[] = []
afterEach(async () => {
  await Promise.all(libs.splice(0).map((l) => l.close()))
})

const temp = (name: string): string => mkdtempSync(join(tmpdir(), `pc-export-${name}-`))

async function open(dir: string): Promise<Library> {
  const lib = await Library.open(dir, { create: true })
  libs.push(lib)
  return lib
}

/** A profile with every kind of awkward text a CSV or Markdown writer can get wrong. */
const AWKWARD = makeProfile({
  id: 'p-x',
  city: 'São Paulo, “the city”',
  country: 'Brazil',
  headline: 'Learning | for "all"',
  status: 'in-review',
  notes: 'Line one\nLine two, with a comma',
  metrics: {
    population: makeMetric('population', { value: 12_300_000, year: 2020, raw: '12.3 million (2020)' }),
    populationDensity: makeMetric('populationDensity', { value: null, min: 500, raw: 'More than 500' }),
    gdpCity: makeMetric('gdpCity', { value: null, min: 15_000, max: 25_000, origin: 'manual' }),
    yearsOfSchooling: makeMetric('yearsOfSchooling', {
      value: 9.79,
      origin: 'suggested',
      evidence: 'It says 9.79 years.',
    }),
  },
  sections: [
    { id: 's1', heading: null, body: 'Intro, with "quotes".\n\n- a bullet\n- b, c' },
    { id: 's2', heading: 'Empty', body: '   ' },
    { id: 's3', heading: 'Contact', body: 'groups\nSee http://eng.han gzhou.gov.cn/ now.' },
  ],
  contacts: [
    { role: 'focal point', name: 'Ms. Ana "Nina" Lima', title: 'Head, Learning', email: 'ana@example.org' },
  ],
  links: [
    { label: 'City website', url: 'www.prefeitura.sp.gov.br.' },
    { label: 'Broken', url: 'not a link' },
  ],
  unassigned: ['Cheng Mr Yongwen'],
  boilerplate: ['UIL is not responsible for the content of this city profile.'],
})

async function seedLibrary(): Promise<{ lib: Library; root: string }> {
  const root = temp('lib')
  cpSync(SEEDS, join(root, 'seeds'), { recursive: true })
  const lib = await open(join(root, 'library'))
  await importFiles(lib, [join(root, 'seeds')])
  await lib.apply({ type: 'create', profiles: [AWKWARD] })
  // A profile in the trash is never exported.
  const { changed } = await lib.apply({ type: 'create', profiles: [makeProfile({ city: 'Trashed' })] })
  await lib.apply({ type: 'delete', ids: changed })
  return { lib, root }
}

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8')

function tree(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? tree(dir, join(prefix, e.name)) : [join(prefix, e.name)]))
    .sort()
}

describe('exportLibrary', () => {
  it('writes every format, the same bytes twice, without the trash', async () => {
    const { lib } = await seedLibrary()
    const [a, b] = [temp('a'), temp('b')]
    const report = await exportLibrary(lib, a, { formats: EXPORT_FORMATS, year: 2026 })
    await exportLibrary(lib, b, { formats: EXPORT_FORMATS, year: 2026 })
    expect(report.profiles).toBe(6)
    expect(report.withProblems).toBeGreaterThan(0)
    expect(tree(a).filter((f) => !f.startsWith('markdown/p-'))).toEqual([
      'contacts.csv',
      'datapackage.json',
      'links.csv',
      'markdown/index.md',
      'profiles.csv',
      'profiles.json',
      'profiles.jsonl',
      'sections.csv',
    ])
    expect(tree(a).filter((f) => f.startsWith('markdown/p-'))).toHaveLength(6)
    expect(tree(b)).toEqual(tree(a))
    for (const file of tree(a)) expect(read(b, file), file).toBe(read(a, file))
    expect(read(a, 'profiles.json')).not.toMatch(/Trashed/)
    // No temp folder is left beside the target.
    expect(readdirSync(join(a, '..')).filter((n) => n.includes('.export-'))).toEqual([])
  })

  it('cleans: boilerplate out, addresses repaired, icon words and empty sections dropped, nothing invented', async () => {
    const { lib } = await seedLibrary()
    const out = temp('clean')
    await exportLibrary(lib, out, { formats: ['json'] })
    const exported = (JSON.parse(read(out, 'profiles.json')) as Array<ReturnType<typeof makeProfile>>).find(
      (p) => p.city.startsWith('São'),
    )!
    expect(exported.boilerplate).toEqual([])
    expect(exported.links.map((l) => l.url)).toEqual(['http://www.prefeitura.sp.gov.br', 'not a link'])
    expect(exported.sections.map((s) => s.body)).toEqual([
      'Intro, with "quotes".\n\n- a bullet\n- b, c',
      'See http://eng.hangzhou.gov.cn/ now.',
    ])
    expect(exported.metrics.urbanArea).toBeNull()
    expect(exported.metrics.populationDensity).toMatchObject({ value: null, min: 500, max: null })
    expect(exported.unassigned).toEqual(['Cheng Mr Yongwen'])
  })

  it('JSON and JSON Lines import back into a new library and export to the same bytes', async () => {
    const { lib } = await seedLibrary()
    const first = temp('first')
    await exportLibrary(lib, first, { formats: ['json', 'jsonl'] })
    for (const file of ['profiles.json', 'profiles.jsonl']) {
      const again = await open(join(temp('again'), 'library'))
      const report = await importFiles(again, [join(first, file)])
      expect(report.counts, file).toMatchObject({ new: 6, failed: 0 })
      const second = temp('second')
      await exportLibrary(again, second, { formats: ['json', 'jsonl'] })
      expect(read(second, 'profiles.json'), file).toBe(read(first, 'profiles.json'))
      expect(read(second, 'profiles.jsonl'), file).toBe(read(first, 'profiles.jsonl'))
    }
  })

  it('writes CSV that a real parser reads back to the same values', async () => {
    const { lib } = await seedLibrary()
    const out = temp('csv')
    await exportLibrary(lib, out, { formats: ['csv'] })
    const profiles = liveProfiles(lib)
      .map(cleanProfile)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
    const rows = parse(read(out, 'profiles.csv'), { columns: true }) as Array<Record<string, string>>
    expect(Object.keys(rows[0]!)).toEqual(FLAT_COLUMNS)
    expect(rows).toEqual(profiles.map(profileToRow))
    const sections = parse(read(out, 'sections.csv'), { columns: true }) as Array<Record<string, string>>
    expect(sections.map((s) => [s.profile_id, s.position, s.heading, s.body])).toEqual(
      profiles.flatMap((p) => p.sections.map((s, i) => [p.id, String(i + 1), s.heading ?? '', s.body])),
    )
    const contacts = parse(read(out, 'contacts.csv'), { columns: true }) as Array<Record<string, string>>
    expect(contacts.find((c) => c.name?.includes('Nina'))).toEqual({
      profile_id: 'p-000006',
      position: '1',
      role: 'focal point',
      name: 'Ms. Ana "Nina" Lima',
      title: 'Head, Learning',
      email: 'ana@example.org',
    })
    const links = parse(read(out, 'links.csv'), { columns: true }) as Array<Record<string, string>>
    expect(links.filter((l) => l.profile_id === 'p-000006').map((l) => l.url)).toEqual([
      'http://www.prefeitura.sp.gov.br',
      'not a link',
    ])
  })

  it('writes a data package that satisfies its own Table Schemas (types, constraints, keys)', async () => {
    const { lib } = await seedLibrary()
    const out = temp('dp')
    await exportLibrary(lib, out, { formats: ['datapackage'] })
    const pkg = await Package.load(join(out, 'datapackage.json'), { basePath: out, strict: true })
    expect(pkg.errors).toEqual([])
    expect(pkg.valid).toBe(true)
    expect(pkg.resourceNames).toEqual(['profiles', 'sections', 'contacts', 'links'])
    for (const name of pkg.resourceNames) {
      const rows = await pkg.getResource(name).read({ keyed: true, relations: true })
      expect(rows.length, name).toBeGreaterThan(0)
    }
    const profiles = await pkg.getResource('profiles').read({ keyed: true })
    const sp = profiles.find((r) => r.id === 'p-000006')!
    expect([sp.population, sp.populationDensity, sp.populationDensity_min, sp.yearsOfSchooling]).toEqual([
      12_300_000,
      null,
      500,
      9.79,
    ])
  })

  it('the validator it relies on rejects a broken package: a bad number, a duplicate key, a dangling reference', async () => {
    const { lib } = await seedLibrary()
    const out = temp('broken')
    await exportLibrary(lib, out, { formats: ['datapackage'] })
    const rows = read(out, 'profiles.csv').split('\n')
    const sections = read(out, 'sections.csv')
    const cases: Array<[string, string, string]> = [
      [
        'profiles.csv',
        rows.map((r, i) => (i === 1 ? r.replace(/,draft,/, ',drafted,') : r)).join('\n'),
        'enum',
      ],
      ['profiles.csv', [...rows.slice(0, 2), rows[1]!, ...rows.slice(2)].join('\n'), 'duplicate'],
      ['sections.csv', sections.replace(/\np-000001,/, '\np-999999,'), 'foreign key'],
    ]
    for (const [file, content, what] of cases) {
      const original = read(out, file)
      writeFileSync(join(out, file), content)
      const pkg = await Package.load(join(out, 'datapackage.json'), { basePath: out, strict: true })
      const resource = pkg.getResource(file.replace('.csv', ''))
      await expect(resource.read({ relations: true }), what).rejects.toThrow()
      writeFileSync(join(out, file), original)
    }
  })

  it('filters by status, country and problems', async () => {
    const { lib } = await seedLibrary()
    const ids = async (filter: Parameters<typeof exportLibrary>[2]['filter']): Promise<string[]> => {
      const out = temp('f')
      await exportLibrary(lib, out, { formats: ['jsonl'], filter })
      return read(out, 'profiles.jsonl')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { city: string }).city)
    }
    expect(await ids({ status: ['in-review'] })).toEqual(['São Paulo, “the city”'])
    expect(await ids({ country: ['BRAZIL', 'Ireland'] })).toEqual(['São Paulo, “the city”'])
    expect(await ids({ country: ['China'] })).toHaveLength(5)
    expect(await ids({ hasProblems: true })).toEqual(['São Paulo, “the city”'])
    expect(await ids({ hasProblems: false })).toHaveLength(5)
  })

  it('a failed export leaves the target as it was: no half-written file, the previous export intact', async () => {
    const { lib } = await seedLibrary()
    const out = temp('atomic')
    await exportLibrary(lib, out, { formats: ['json', 'csv'] })
    writeFileSync(join(out, 'mine.txt'), 'the curator’s own file')
    const before = Object.fromEntries(tree(out).map((f) => [f, read(out, f)]))
    await lib.apply({ type: 'setStatus', ids: ['p-000001'], status: 'done' })
    for (const fault of [
      { op: 'write' as const, path: /sections\.csv$/, code: 'ENOSPC' },
      { op: 'rename' as const, path: /profiles\.csv$/, code: 'EIO' },
    ]) {
      const disk = new FaultDisk().inject(fault)
      await expect(exportLibrary(lib, out, { formats: ['json', 'csv'], disk })).rejects.toThrow(
        fault.code === 'ENOSPC' ? /sections\.csv: the disk is full/ : /input\/output error/,
      )
      expect(Object.fromEntries(tree(out).map((f) => [f, read(out, f)]))).toEqual(before)
      expect(readdirSync(join(out, '..')).filter((n) => n.includes('.export-'))).toEqual([])
    }
    await exportLibrary(lib, out, { formats: ['json'] })
    expect(read(out, 'profiles.json')).toMatch(/"status": "done"/)
    expect(existsSync(join(out, 'mine.txt'))).toBe(true)
  })
})
