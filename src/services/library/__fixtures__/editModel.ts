// What editLoop.ts (the child process of sigkill.test.ts) reports, and how both sides read a profile.
import type { Library } from '../library'

/** The fields the parent checks, per profile; null when the profile does not exist (an undone import). */
export type Tracked = {
  city: string
  notes: string
  headline: string | null
  status: 'draft' | 'in-review' | 'done'
  population: number | null
  deleted: boolean
} | null

export type Line =
  | { t: 'ready'; seq: number }
  | { t: 'try' | 'ack'; seq: number; op: string; expect: Record<string, Tracked>; create?: Tracked }
  | { t: 'compacted'; seq: number }
  | { t: 'mismatch'; seq: number; id: string; expected: Tracked; actual: Tracked }

export function tracked(lib: Library, id: string): Tracked {
  const r = lib.get(id)
  if (!r) return null
  const p = r.profile
  return {
    city: p.city,
    notes: p.notes,
    headline: p.headline,
    status: p.status,
    population: p.metrics.population?.value ?? null,
    deleted: r.deleted !== null,
  }
}
