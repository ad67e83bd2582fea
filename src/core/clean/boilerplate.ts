// Lines that are not profile content: disclaimers, page chrome, citation lines and icon ligature words.
// They go to `boilerplate`, never silently away, so a curator can check that nothing real was taken.

const DISCLAIMERS: readonly RegExp[] = [
  /^(The )?(UIL|UNESCO|UNESCO Institute for Lifelong Learning)( \(UIL\))? (is|are) not responsible for the content\b/i,
  /^The (views|opinions) expressed .* (do not|does not) necessarily (reflect|represent)/i,
  /^Disclaimer\b/i,
]

const CHROME: readonly RegExp[] = [
  /^Sorry, you need to enable JavaScript to visit this website\.?$/i,
  /^(You need to )?enable JavaScript\b/i,
  /^Skip to (main )?content$/i,
  /^(Home|Menu|Search|Share|Print|Back|Back to top|Top|Close|Login|Log in|Sign in|Subscribe|Download)$/i,
  /^(Share|Share this page|Share on (Facebook|Twitter|X|LinkedIn))$/i,
  /^PDF( version)? in [A-Z][a-z]+$/,
  /^(PDF|Download PDF|Print this page)$/i,
  /^Related (City|Cities|Documents|Links|Content|Publications|News)$/i,
  /^For citation(,)? please use:?$/i,
  /^Last update:.*(UNESCO Institute for Lifelong Learning|Accessed on).*$/i,
  // A page footer's date stamp (`Last updated: 12 May 2021`, `Page last modified on 2021-05-12`): only a date
  // may follow, so a sentence that starts with these words stays content.
  /^(Page |This page was )?last (update|updated|modified|reviewed)( on)?:?\s+(?=[^\n]*\d)[\p{L}\d ,./:-]{4,40}$/iu,
  /^(©|\(c\)|Copyright)\s*(\d{4}\s*)?UNESCO\b.*$/i,
  /^(Photo|Image|Credit)s?:\s.*(©|UNESCO|Shutterstock|Getty).*$/i,
  /^(This site uses cookies|We use cookies)\b.*$/i,
  /^(Accept|Accept all|Reject all|Cookie settings|Manage cookies)$/i,
  // The Markdown export's colophon: `Profile p-1a2b · draft · source wuhan.txt (bulleted)`.
  /^Profile \S+ · (draft|in-review|done)( · source .+)?$/,
  /^.{1,40}\s›\s.{1,200}$/, // breadcrumb: Home › Learning cities › Ireland › Cork
  /^.{1,40}\s»\s.{1,200}$/,
  /^.{1,40}\s>\s.{1,40}\s>\s.{1,200}$/,
]

/**
 * Material Icons ligature names that web pages render as icons; copied as text they land on their own line.
 * Only ever matched as a whole line, and only in layouts that use icons (see the card layout).
 */
export const ICON_WORDS: ReadonlySet<string> = new Set([
  'groups',
  'group',
  'school',
  'person',
  'people',
  'savings',
  'payments',
  'emoji_events',
  'format_quote',
  'location_city',
  'location_on',
  'public',
  'calendar_month',
  'calendar_today',
  'event',
  'apartment',
  'map',
  'square_foot',
  'straighten',
  'landscape',
  'language',
  'flag',
  'home',
  'account_balance',
  'account_circle',
  'attach_money',
  'trending_up',
  'bar_chart',
  'menu_book',
  'workspace_premium',
  'military_tech',
  'star',
  'info',
  'link',
  'open_in_new',
  'arrow_forward',
  'arrow_back',
  'chevron_right',
  'expand_more',
  'mail',
  'email',
  'phone',
  'share',
  'download',
  'picture_as_pdf',
])

/** A whole line that is an icon ligature word (`emoji_events`), as copied from an icon font. */
export function isIconWord(line: string): boolean {
  return ICON_WORDS.has(line.trim())
}

export function isDisclaimer(line: string): boolean {
  return DISCLAIMERS.some((r) => r.test(line.trim()))
}

/** Page chrome and citation lines: navigation, share buttons, `PDF in Arabic`, `Related City`, breadcrumbs. */
export function isChrome(line: string): boolean {
  const text = line.trim().replace(/^[•·▪*-]\s*/, '')
  return CHROME.some((r) => r.test(text))
}

export function isBoilerplate(line: string): boolean {
  return isDisclaimer(line) || isChrome(line)
}
