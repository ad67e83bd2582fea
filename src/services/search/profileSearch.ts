// Full-text search over every live profile of the current library, with MiniSearch. Built on the first search,
// not at start. Afterwards only the profiles a change touched are indexed again: the library replaces a record
// whenever it changes and never mutates one, so after any change (an edit, an import, an undo) comparing each
// record with the one indexed finds exactly the ids it changed, without reading the history.
import MiniSearch, { type SearchResult } from 'minisearch'
import type { StoredRecord } from '../../core/library/record'
import type { SearchHit } from '../../shared/api'
import type { Library } from '../library/library'
import { fold } from './fold'
import { FIELD_BOOST, SEARCH_FIELDS, searchDocument, type SearchDocument } from './searchDocument'

const tokenize: (text: string, field: string) => string[] = MiniSearch.getDefault('tokenize')

/** Profiles added between two yields to the event loop while building, so the app stays responsive. */
const BUILD_CHUNK = 500

export const DEFAULT_LIMIT = 200

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

export class ProfileSearch {
  private index: MiniSearch<SearchDocument> | null = null
  private library: Library | null = null
  /** The record each indexed id was indexed from. */
  private readonly indexed = new Map<string, StoredRecord>()
  private seq = -1
  private syncing: Promise<void> = Promise.resolve()

  /** Hits for `query` in the library's live profiles, best first. */
  async search(library: Library, query: string, limit = DEFAULT_LIMIT): Promise<SearchHit[]> {
    if (!query.trim()) return []
    await this.sync(library)
    const results = this.index!.search(query).slice(0, limit)
    return results.map((result) => this.hit(library, result))
  }

  /** Forgets the index (its library was closed); the next search builds it again. */
  reset(): void {
    this.index = null
    this.library = null
    this.indexed.clear()
    this.seq = -1
  }

  /** Brings the index up to the library's latest change; one sync at a time. */
  private sync(library: Library): Promise<void> {
    const run = this.syncing.then(async () => {
      if (this.library !== library || !this.index) await this.build(library)
      if (library.seq !== this.seq) this.catchUp(library)
    })
    this.syncing = run.catch(() => undefined)
    return run
  }

  private async build(library: Library): Promise<void> {
    this.reset()
    const index = newIndex()
    const seq = library.seq
    const records = [...library.records()]
    for (let i = 0; i < records.length; i += BUILD_CHUNK) {
      for (const record of records.slice(i, i + BUILD_CHUNK)) {
        if (record.deleted) continue
        index.add(searchDocument(record))
        this.indexed.set(record.id, record)
      }
      if (i + BUILD_CHUNK < records.length) await new Promise((resolve) => setImmediate(resolve))
    }
    this.index = index
    this.library = library
    // Changes made while building are found by the catch-up that follows.
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
