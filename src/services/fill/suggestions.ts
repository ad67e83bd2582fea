// Suggestions across a library, and accepting or rejecting them. The renderer and the CLI name a suggestion by
// its profile and key; the suggestion is found again here from the stored profile, so what is stored is what the
// rules say now, never a value sent by the caller.
import { suggestForProfile, type Notice, type Suggestion } from '../../core/suggest'
import type { StoredRecord } from '../../core/library/record'
import type { ApplyResult, Library } from '../library/library'
import { LibraryError } from '../library/errors'
import { sliceClock } from '../slices'

export interface LibrarySuggestions {
  suggestions: Suggestion[]
  notices: Notice[]
}

// Records are replaced, never mutated, on every change: a record seen before has the same suggestions, so the
// review queue is computed again only for the profiles a command changed.
const cache = new WeakMap<StoredRecord, LibrarySuggestions>()

export function recordSuggestions(record: StoredRecord): LibrarySuggestions {
  let found = cache.get(record)
  if (!found) {
    found = suggestForProfile(record.profile, new Set(record.rejected ?? []))
    cache.set(record, found)
  }
  return found
}

/** Every suggestion for the profiles in the library (not in the trash), in library order. */
export function librarySuggestions(library: Pick<Library, 'records'>): LibrarySuggestions {
  const out: LibrarySuggestions = { suggestions: [], notices: [] }
  for (const record of library.records()) gather(out, record)
  return out
}

function gather(out: LibrarySuggestions, record: StoredRecord): void {
  if (record.deleted) return
  const found = recordSuggestions(record)
  out.suggestions.push(...found.suggestions)
  out.notices.push(...found.notices)
}

/**
 * The same for the app, in slices (see services/slices): the first review of a large library reads every
 * narrative, tens of seconds at 100,000 profiles, and main goes on answering the window meanwhile. The records
 * are those of the moment it starts; the caller compares the library's seq to know whether it is still current.
 */
export async function librarySuggestionsInSlices(
  library: Pick<Library, 'records'>,
): Promise<LibrarySuggestions> {
  const out: LibrarySuggestions = { suggestions: [], notices: [] }
  const pause = sliceClock()
  for (const record of [...library.records()]) {
    await pause()
    gather(out, record)
  }
  return out
}

export interface SuggestionRef {
  profileId: string
  key: string
}

function find(library: Library, refs: readonly SuggestionRef[]): Suggestion[] {
  const byProfile = new Map<string, Suggestion[]>()
  return refs.map(({ profileId, key }) => {
    let list = byProfile.get(profileId)
    if (!list) {
      const record = library.get(profileId)
      if (!record || record.deleted) throw new LibraryError('not-found', `no profile with id ${profileId}`)
      list = recordSuggestions(record).suggestions
      byProfile.set(profileId, list)
    }
    const found = list.find((s) => s.key === key)
    if (!found)
      throw new LibraryError(
        'conflict',
        `${profileId}: suggestion ${key} is no longer offered (the profile changed)`,
      )
    return found
  })
}

/** Stores the suggestions (origin `suggested` or `derived`, with their evidence) as one undoable command. */
export async function acceptSuggestions(
  library: Library,
  refs: readonly SuggestionRef[],
): Promise<ApplyResult> {
  const chosen = find(library, refs)
  const slots = new Set<string>()
  for (const s of chosen) {
    const slot = `${s.profileId} ${s.metric}`
    if (slots.has(slot))
      throw new LibraryError('invalid', `${s.profileId}: two suggestions for ${s.metric}; accept one of them`)
    slots.add(slot)
  }
  return library.apply({
    type: 'fill',
    items: chosen.map((s) => ({
      id: s.profileId,
      metric: s.metric,
      before: library.get(s.profileId)!.profile.metrics[s.metric],
      after: s.value,
    })),
  })
}

/** Remembers that the curator turned these suggestions down, as one undoable command. */
export async function rejectSuggestions(
  library: Library,
  refs: readonly SuggestionRef[],
): Promise<ApplyResult> {
  find(library, refs)
  return library.apply({ type: 'reject', items: refs.map((r) => ({ id: r.profileId, key: r.key })) })
}
