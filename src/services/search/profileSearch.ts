// Full-text search over every live profile of the current library, with MiniSearch. The index is built in the
// background (warm(), which main calls once the window has the library's list), in slices of a few
// milliseconds so that main keeps answering (at 100,000 profiles it takes tens of seconds). Until it is ready, a search of a large library answers at once
// from the cities and countries alone, saying so; a small library's search waits for it (well under a second).
// Afterwards only the profiles a change touched are indexed again: the library replaces a record whenever it
// changes and never mutates one, so after any change (an edit, an import, an undo) comparing each record with
// the one indexed finds exactly the ids it changed, without reading the history.
import MiniSearch, { type SearchResult } from 'minisearch'
import type { StoredRecord } from '../../core/library/record'
import type { SearchAnswer, SearchHit } from '../../shared/api'
import type { Library } from '../library/library'
import { sliceClock } from '../slices'
import { fold } from './fold'
import { FIELD_BOOST, SEARCH_FIELDS, searchDocument, type SearchDocument } from './searchDocument'

const tokenize: (text: string, field: string) => string[] = MiniSearch.getDefault('tokenize')
export const DEFAULT_LIMIT = 200

export interface SearchOptions {
  /** Up to this many profiles, a search waits for the index rather than answering from the names. */
  waitForIndexUpTo?: number
}

function newIndex(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    fields: [...SEARCH_FIELDS],
    idField: 'id',
    processTerm: (term) => fold(term) || null,
    searchOptions: {
      prefix: true,
      // One typo from five letters on, two from ten.
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'AND',
      boost: FIELD_BOOST,
    },
  })
}

interface Build {
  library: Library
  done: Promise<void>
  ready: boolean
}

export class ProfileSearch {
  private index: MiniSearch<SearchDocument> | null = null
  private build: Build | null = null
  /** The record each indexed id was indexed from. */
  private readonly indexed = new Map<string, StoredRecord>()
  private seq = -1
  private readonly waitUpTo: number

  constructor(options: SearchOptions = {}) {
    this.waitUpTo = options.waitForIndexUpTo ?? 5_000
  }

  /** Starts building the library's index in the background, if it is not built or being built. */
  warm(library: Library): Promise<void> {
    if (this.build?.library !== library) {
      this.reset()
      const build: Build = { library, ready: false, done: Promise.resolve() }
      build.done = this.fill(build).then(() => void (build.ready = true))
      this.build = build
    }
    return this.build.done
  }

  /** Hits for `query` in the library's live profiles, best first; from the names only until the index is ready. */
  async search(library: Library, query: string, limit = DEFAULT_LIMIT): Promise<SearchAnswer> {
    if (!query.trim()) return { hits: [], complete: true }
    const building = this.warm(library)
    if (!this.build!.ready && library.size > this.waitUpTo) {
      return { hits: namesSearch(library, query, limit), complete: false }
    }
    await building
    // A library closed (or another opened) while this waited: its index is gone.
    if (this.build?.library !== library) return { hits: [], complete: false }
    if (library.seq !== this.seq) this.catchUp(library)
    const results = this.index!.search(query).slice(0, limit)
    return { hits: results.map((result) => this.hit(library, result)), complete: true }
  }

  /** Forgets the index (its library was closed); a build under way stops. */
  reset(): void {
    this.build = null
    this.index = null
    this.indexed.clear()
    this.seq = -1
  }

  private async fill(build: Build): Promise<void> {
    const index = newIndex()
    const { library } = build
    const seq = library.seq
    const records = [...library.records()]
    const pause = sliceClock()
    for (const record of records) {
      const paused = pause()
      if (paused) {
        await paused
        if (this.build !== build) return
      }
      if (record.deleted) continue
      index.add(searchDocument(record))
      this.indexed.set(record.id, record)
    }
    this.index = index
    // Changes made while building are found by the catch-up of the next search.
    this.seq = seq
  }

  /** Discards and adds again the profiles changed since the index last caught up. Synchronous. */
  private catchUp(library: Library): void {
    const index = this.index!
    let live = 0
    for (const record of library.records()) {
      if (!record.deleted) live += 1
      const before = this.indexed.get(record.id)
      if (before === record) continue
      if (before) {
        index.discard(record.id)
        this.indexed.delete(record.id)
      }
      if (!record.deleted) {
        index.add(searchDocument(record))
        this.indexed.set(record.id, record)
      }
    }
    // A profile gone from the library altogether (an import undone) is still indexed: find it.
    if (this.indexed.size !== live) {
      for (const id of [...this.indexed.keys()]) {
        const record = library.get(id)
        if (!record || record.deleted) {
          index.discard(id)
          this.indexed.delete(id)
        }
      }
    }
    this.seq = library.seq
  }

  /** The hit with the words as they are written in the profile, for highlighting. */
  private hit(library: Library, result: SearchResult): SearchHit {
    const fields = [...new Set(Object.values(result.match).flat())]
    const matched = new Set(result.terms)
    const record = library.get(String(result.id))
    const terms = new Set<string>()
    if (record) {
      const document = searchDocument(record)
      for (const field of fields) {
        const text = document[field as keyof SearchDocument]
        for (const token of tokenize(text, field)) if (token && matched.has(fold(token))) terms.add(token)
      }
    }
    return { id: String(result.id), score: result.score, terms: [...terms], fields }
  }
}

interface Names {
  /** Each field's words as written, and folded. */
  city: Array<[string, string]>
  country: Array<[string, string]>
}

/** Records never change (a change replaces them), so their names are tokenized and folded once. */
const namesOf = new WeakMap<StoredRecord, Names>()

function names(record: StoredRecord): Names {
  let known = namesOf.get(record)
  if (!known) {
    const words = (text: string, field: string): Array<[string, string]> =>
      tokenize(text, field)
        .filter(Boolean)
        .map((token) => [token, fold(token)])
    known = { city: words(record.profile.city, 'city'), country: words(record.profile.country, 'country') }
    namesOf.set(record, known)
  }
  return known
}

/**
 * The search while the index is being built: every query word must begin a word of the city or the country,
 * as the index would match them (without case or accents), the city weighing more. A pass over the names.
 */
function namesSearch(library: Library, query: string, limit: number): SearchHit[] {
  const words = tokenize(query, 'city').map(fold).filter(Boolean)
  if (words.length === 0) return []
  const hits: SearchHit[] = []
  for (const record of library.records()) {
    if (record.deleted) continue
    const known = names(record)
    const terms = new Set<string>()
    const fields = new Set<string>()
    let score = 0
    const matchedAll = words.every((word) => {
      let found = false
      for (const field of ['city', 'country'] as const) {
        for (const [token, folded] of known[field]) {
          if (!folded.startsWith(word)) continue
          found = true
          terms.add(token)
          fields.add(field)
          score += FIELD_BOOST[field] ?? 1
        }
      }
      return found
    })
    if (matchedAll) hits.push({ id: record.id, score, terms: [...terms], fields: [...fields] })
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit)
}
