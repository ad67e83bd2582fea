// Every suggestion for one profile: derived values first (they are exact), then figures from the narrative,
// grouped by metric in catalogue order.
import { METRIC_KEYS, type Profile } from '../model'
import { deriveForProfile } from './derive'
import { suggestFromNarrative, type SuggestResult } from './suggest'

export function suggestForProfile(
  profile: Pick<Profile, 'id' | 'city' | 'country' | 'headline' | 'sections' | 'metrics'>,
  rejected: ReadonlySet<string> = new Set(),
): SuggestResult {
  const derived = deriveForProfile(profile, rejected)
  const narrative = suggestFromNarrative(profile, rejected)
  const order = (k: string): number => METRIC_KEYS.indexOf(k as (typeof METRIC_KEYS)[number])
  const suggestions = [...derived.suggestions, ...narrative.suggestions].sort(
    (a, b) => order(a.metric) - order(b.metric),
  )
  return { suggestions, notices: [...derived.notices, ...narrative.notices] }
}
