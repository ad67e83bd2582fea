// Search on a real library: words without their accents or case, prefixes, a typo, every field, and an index
// that follows edits, deletions, imports and undo without being built again.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeProfile } from '../../core/library/testProfile'
import { Library } from '../library/library'
import { fold } from './fold'
import { ProfileSearch } from './profileSearch'

const libs: Library[] = []
afterEach(async () => {
  await Promise.all(libs.splice(0).map((l) => l.close()))
})

async function library(): Promise<Library> {
  const lib = await Library.open(join(mkdtempSync(join(tmpdir(), 'pc-search-')), 'lib'), { create: true })
  libs.push(lib)
  await lib.apply({
    type: 'create',
    profiles: [
      makeProfile({
        city: 'São Paulo',
        country: 'Brazil',
        headline: 'Educação para todos',
        sections: [
          { id: 's1', heading: 'Vision and motivation', body: 'Lifelong learning in every district.' },
        ],
      }),
      makeProfile({
        city: 'Łódź',
        country: 'Poland',
        contacts: [{ role: 'mayor', name: 'Hanna Zdanowska', title: 'Mayor of Łódź', email: null }],
        links: [{ label: 'Learning festival programme', url: 'https://example.org' }],
      }),
      makeProfile({
        city: 'Cork',
        country: 'Ireland',
        notes: 'Check the population figure with the census office.',
        extraFields: [{ label: 'City award', value: 'Learning City Award 2017' }],
        unassigned: ['Cheng Mr Yongwen'],
      }),
    ],
  })
  return lib
}

const ids = (answer: { hits: Array<{ id: string }> }) => answer.hits.map((h) => h.id)

describe('fold', () => {
  it('drops case and diacritics, and spells out letters that have no separable mark', () => {
    expect(['São', 'ŁÓDŹ', 'Straße', 'Ærøskøbing', 'İzmir'].map(fold)).toEqual([
      'sao',
      'lodz',
      'strasse',
      'aeroskobing',
      'izmir',
    ])
  })
})

describe('ProfileSearch', () => {
  it('finds words without their accents or case, and reports them as written', async () => {
    const lib = await library()
    const search = new ProfileSearch()
    const [hit] = (await search.search(lib, 'sao paulo')).hits
    expect(hit).toMatchObject({ id: 'p-000001', fields: ['city'] })
    expect(hit!.terms.sort()).toEqual(['Paulo', 'São'])
    expect(ids(await search.search(lib, 'LODZ'))).toEqual(['p-000002'])
    expect(ids(await search.search(lib, 'educacao'))).toEqual(['p-000001'])
    expect(ids(await search.search(lib, 'Łódź'))).toEqual(['p-000002'])
  })

  it('finds prefixes, and a word of five letters or more with a typo', async () => {
    const lib = await library()
    const search = new ProfileSearch()
    expect(ids(await search.search(lib, 'moti'))).toEqual(['p-000001'])
    expect((await search.search(lib, 'moti')).hits[0]!.terms).toEqual(['motivation'])
    expect(ids(await search.search(lib, 'censsus'))).toEqual(['p-000003'])
    // Short words must match as typed: `cark` is not `cork`.
    expect(ids(await search.search(lib, 'cark'))).toEqual([])
  })

  it('searches every field: headings, bodies, contacts, links, notes, extra fields, unassigned lines', async () => {
    const lib = await library()
    const search = new ProfileSearch()
    const where = async (query: string) => (await search.search(lib, query)).hits.map((h) => [h.id, h.fields])
    expect(await where('vision')).toEqual([['p-000001', ['headings']]])
    expect(await where('district')).toEqual([['p-000001', ['sections']]])
    expect(await where('zdanowska')).toEqual([['p-000002', ['contacts']]])
    expect(await where('festival')).toEqual([['p-000002', ['links']]])
    expect(await where('census')).toEqual([['p-000003', ['notes']]])
    expect(await where('award 2017')).toEqual([['p-000003', ['extraFields']]])
    expect(await where('yongwen')).toEqual([['p-000003', ['unassigned']]])
    expect(await where('ireland')).toEqual([['p-000003', ['country']]])
  })

  it('every word must match, and the city weighs more than a mention elsewhere', async () => {
    const lib = await library()
    const search = new ProfileSearch()
    expect(ids(await search.search(lib, 'learning cork'))).toEqual(['p-000003'])
    expect(ids(await search.search(lib, '   '))).toEqual([])
    await lib.apply({
      type: 'update',
      updates: [{ id: 'p-000001', set: { notes: 'Twinned with Cork since 2019.' } }],
      by: 'curator',
    })
    expect(ids(await search.search(lib, 'cork'))).toEqual(['p-000003', 'p-000001'])
    expect(ids(await search.search(lib, 'learning', 1))).toHaveLength(1)
  })

  it('follows edits, deletions, restores, imports and undo, without building the index again', async () => {
    const lib = await library()
    const search = new ProfileSearch()
    expect(ids(await search.search(lib, 'paulo'))).toEqual(['p-000001'])
    const index = (search as unknown as { index: unknown }).index

    await lib.apply({
      type: 'update',
      updates: [{ id: 'p-000003', set: { headline: 'Harbour city of learning festivals' } }],
      by: 'curator',
    })
    expect(ids(await search.search(lib, 'harbour'))).toEqual(['p-000003'])
    expect(ids(await search.search(lib, 'festival')).sort()).toEqual(['p-000002', 'p-000003'])

    await lib.apply({ type: 'delete', ids: ['p-000001'] })
    expect(ids(await search.search(lib, 'paulo'))).toEqual([])
    await lib.undo()
    expect(ids(await search.search(lib, 'paulo'))).toEqual(['p-000001'])

    await lib.apply({ type: 'create', profiles: [makeProfile({ city: 'Medellín', country: 'Colombia' })] })
    expect(ids(await search.search(lib, 'medellin'))).toEqual(['p-000004'])
    await lib.undo()
    expect(ids(await search.search(lib, 'medellin'))).toEqual([])

    await lib.undo() // the headline edit
    expect(ids(await search.search(lib, 'harbour'))).toEqual([])
    expect((search as unknown as { index: unknown }).index).toBe(index)
  })

  it('builds a new index for another library', async () => {
    const first = await library()
    const second = await Library.open(join(mkdtempSync(join(tmpdir(), 'pc-search-')), 'b'), { create: true })
    libs.push(second)
    await second.apply({ type: 'create', profiles: [makeProfile({ city: 'Espoo', country: 'Finland' })] })
    const search = new ProfileSearch()
    expect(ids(await search.search(first, 'espoo'))).toEqual([])
    expect(ids(await search.search(second, 'espoo'))).toEqual(['p-000001'])
    expect(ids(await search.search(first, 'cork'))).toEqual(['p-000003'])
  })

  it('answers from the cities and countries while a large library’s index is still being built', async () => {
    const lib = await library()
    // Every library counts as large here: nothing waits for the index. A new search's first answer comes
    // before its build can have finished (the build is marked ready in a later microtask).
    const early = (query: string) => new ProfileSearch({ waitForIndexUpTo: 0 }).search(lib, query)
    expect(await early('sao')).toMatchObject({
      complete: false,
      hits: [{ id: 'p-000001', terms: ['São'], fields: ['city'] }],
    })
    expect(await early('lodz poland')).toMatchObject({ complete: false, hits: [{ id: 'p-000002' }] })
    expect(await early('district')).toEqual({ complete: false, hits: [] })
    const search = new ProfileSearch({ waitForIndexUpTo: 0 })
    await search.warm(lib)
    expect(await search.search(lib, 'district')).toMatchObject({ complete: true, hits: [{ id: 'p-000001' }] })
  })
})
