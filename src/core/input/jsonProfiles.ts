// Profiles from JSON: what the JSON export writes (an array), one profile, or `{ "profiles": [...] }`; and JSON
// Lines, what the JSONL export writes. Each element is validated on its own, so one bad element does not hide the
// good ones.
import { ProfileSchema } from '../model'
import { describeIssues } from '../model/zodIssues'
import type { ProfileItem } from './profileItem'

export function jsonToProfiles(text: string): ProfileItem[] {
  const source = text.replace(/^\ufeff/, '')
  if (source.trim() === '') return [{ index: 0, error: 'empty document: no JSON value' }]
  let data: unknown
  try {
    data = JSON.parse(source)
  } catch (error) {
    return [{ index: 0, error: `invalid JSON${jsonErrorPlace(source, error)}` }]
  }
  return elements(data).map((element, index) => validate(element, index, 'element'))
}

/** One profile per line; blank lines are skipped but still counted, so that line numbers match an editor. */
export function jsonLinesToProfiles(text: string): ProfileItem[] {
  const items: ProfileItem[] = []
  text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === '') return
      const index = items.length
      try {
        items.push(validate(JSON.parse(line), index, `line ${i + 1}`))
      } catch (error) {
        items.push({ index, error: `line ${i + 1}: invalid JSON${jsonErrorPlace(line, error)}` })
      }
    })
  return items.length > 0 ? items : [{ index: 0, error: 'empty document: no JSON lines' }]
}

function elements(data: unknown): unknown[] {
  if (Array.isArray(data)) return data
  if (isWrapper(data)) return data.profiles
  return [data]
}

function isWrapper(data: unknown): data is { profiles: unknown[] } {
  return (
    typeof data === 'object' &&
    data !== null &&
    Array.isArray((data as { profiles?: unknown }).profiles) &&
    !('id' in data) &&
    !('city' in data)
  )
}

function validate(element: unknown, index: number, name: string): ProfileItem {
  const parsed = ProfileSchema.safeParse(element)
  if (parsed.success) return { index, profile: parsed.data }
  const where = name === 'element' ? `element ${index}` : name
  return { index, error: `${where}: ${describeIssues(parsed.error.issues)}` }
}

/** ` at line L, column C: reason`, from the position that V8 puts in its message. */
function jsonErrorPlace(source: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  // V8 quotes the source (`Unexpected token ':', ":\n  "profi"... is not valid JSON`), cut short with `...`
  // and with its line breaks: the quote goes, and the reason stays on one line.
  const reason = message
    .replace(/,? ?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, '')
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/\s+/g, ' ')
  const found = /at position (\d+)/.exec(message)?.[1]
  const position =
    found !== undefined ? Number(found) : /end of JSON input/.test(message) ? source.length : null
  if (position === null) return `: ${reason}`
  const before = source.slice(0, position).split('\n')
  return ` at line ${before.length}, column ${(before[before.length - 1]?.length ?? 0) + 1}: ${reason}`
}
