import type { Profile } from '../model'

/** One element of a structured input: its profile when valid, or a one-line error naming the element. */
export interface ProfileItem {
  /** 0-based position among the elements (array items, JSON lines or CSV data rows). */
  index: number
  profile?: Profile
  error?: string
}
