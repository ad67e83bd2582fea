// The problems of an open library, kept up to date cheaply: a record is never changed in place (every change
// replaces it), so each record's own problems are computed once and remembered; only the duplicate check runs
// over the whole library again. The first pass yields to the event loop now and then, so that the app's main
// process keeps answering while a library of 100,000 profiles is validated.
import { identityKey } from '../../core/library/identityKey'
import type { StoredRecord } from '../../core/library/record'
import { duplicateProblems, SEVERITY_ORDER, validateProfile, type Problem } from '../../core/validate'
import type { Library } from '../library/library'

const YIELD_EVERY = 500

export class LibraryProblems {
  private own = new WeakMap<StoredRecord, Problem[]>()
  private keys = new WeakMap<StoredRecord, string>()
  private year = new Date().getFullYear()

  /** Every problem of the profiles in the library (not the trash), by profile id, each list by severity. */
  async all(library: Library): Promise<Problem[]> {
    const year = new Date().getFullYear()
    if (year !== this.year) {
      this.year = year
      this.own = new WeakMap()
    }
    const live = [...library.records()]
      .filter((r) => !r.deleted)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    const out: Problem[][] = []
    for (const [i, record] of live.entries()) {
      let problems = this.own.get(record)
      if (!problems) {
        problems = validateProfile(record.profile, { year })
        this.own.set(record, problems)
        if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve))
      }
      out.push(problems)
    }
    const duplicates = this.duplicates(live)
    return live.flatMap((record, i) => {
      const extra = duplicates.get(record.id)
      return extra
        ? [...out[i]!, ...extra].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
        : out[i]!
    })
  }

  /** Duplicates only among records whose identity key is shared, so most of the library is never compared. */
  private duplicates(live: readonly StoredRecord[]): Map<string, Problem[]> {
    const groups = new Map<string, StoredRecord[]>()
    for (const record of live) {
      let key = this.keys.get(record)
      if (key === undefined) {
        key = identityKey(record.profile.city, record.profile.country)
        this.keys.set(record, key)
      }
      if (!key) continue
      const group = groups.get(key)
      if (group) group.push(record)
      else groups.set(key, [record])
    }
    const shared = [...groups.values()].filter((g) => g.length > 1).flatMap((g) => g.map((r) => r.profile))
    const out = new Map<string, Problem[]>()
    for (const p of duplicateProblems(shared)) out.set(p.profileId, [...(out.get(p.profileId) ?? []), p])
    return out
  }
}
