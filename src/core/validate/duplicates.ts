// Duplicate profiles: the same city and country once spelling, case, accents and country names are folded
// (see identityKey), among the profiles given (the live library, not the trash).
import { identityKey } from '../library/identityKey'
import type { Profile } from '../model'
import type { Problem } from './problem'

export function duplicateProblems(profiles: readonly Profile[]): Problem[] {
  const groups = new Map<string, Profile[]>()
  for (const profile of profiles) {
    const key = identityKey(profile.city, profile.country)
    if (!key) continue
    const group = groups.get(key)
    if (group) group.push(profile)
    else groups.set(key, [profile])
  }
  const out: Problem[] = []
  for (const group of groups.values()) {
    if (group.length < 2) continue
    for (const profile of group) {
      const others = group.filter((p) => p !== profile).map((p) => `${p.city}, ${p.country} (${p.id})`)
      out.push({
        profileId: profile.id,
        rule: 'duplicate-profile',
        severity: 'warning',
        field: 'city',
        target: 'city',
        message: `Same city and country as ${others.join('; ')}: merge them or move one to the trash.`,
        fixes: [],
      })
    }
  }
  return out
}
