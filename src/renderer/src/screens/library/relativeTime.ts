// "3 minutes ago", "yesterday", "12 Mar 2025": how recent an update is, at a glance. Older than a week shows
// the date (day first, never ambiguous), because "47 days ago" makes a curator count.
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' })
const sameYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' })
const otherYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

export function relativeTime(iso: string, now: Date): string {
  const then = new Date(iso)
  const elapsed = now.getTime() - then.getTime()
  if (Number.isNaN(elapsed)) return '—'
  // A clock a little ahead of ours is still "just now".
  if (elapsed < MINUTE) return 'just now'
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute')
  if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), 'hour')
  if (elapsed < 7 * DAY) return relative.format(-Math.floor(elapsed / DAY), 'day')
  return (then.getFullYear() === now.getFullYear() ? sameYear : otherYear).format(then)
}
