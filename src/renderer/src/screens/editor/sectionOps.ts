// The structural edits of a profile's sections, as pure functions of the list: each returns the new list that is
// saved as one `sections` update, so each is one step of the app's undo.
import type { Section } from '../../../../core/model'

/** The heading a new section gets until the curator names it: never empty, so no section is nameless. */
export const NEW_HEADING = 'New section'

/** An id no section of the list has: parsed profiles number theirs `s1`, `s2`…, so this continues the count. */
export function newSectionId(sections: readonly Section[]): string {
  const ids = new Set(sections.map((s) => s.id))
  let n = sections.length + 1
  for (const s of sections) {
    const number = /^s(\d+)$/.exec(s.id)
    if (number) n = Math.max(n, Number(number[1]) + 1)
  }
  while (ids.has(`s${n}`)) n += 1
  return `s${n}`
}

/** Moves the section at `index` by `delta` places; the list is unchanged when it would leave the list. */
export function moveSection(sections: readonly Section[], index: number, delta: -1 | 1): Section[] {
  const to = index + delta
  if (index < 0 || index >= sections.length || to < 0 || to >= sections.length) return [...sections]
  const next = [...sections]
  const [moved] = next.splice(index, 1)
  next.splice(to, 0, moved!)
  return next
}

/** Adds an empty section after `index` (at the end when omitted). */
export function addSection(sections: readonly Section[], index = sections.length - 1): Section[] {
  const next = [...sections]
  next.splice(index + 1, 0, { id: newSectionId(sections), heading: NEW_HEADING, body: '' })
  return next
}

export function deleteSection(sections: readonly Section[], index: number): Section[] {
  return sections.filter((_, i) => i !== index)
}

export function patchSection(
  sections: readonly Section[],
  index: number,
  patch: Partial<Pick<Section, 'heading' | 'body'>>,
): Section[] {
  return sections.map((s, i) => (i === index ? { ...s, ...patch } : s))
}

/**
 * Splits the section at `index` where the cursor stands in `body` (the text being edited, which may be newer than
 * the stored one). A `### Sub-heading` that starts the second part becomes its heading, so a split at a
 * sub-heading turns it into a section of its own; merging the two again gives the text back.
 */
export function splitSection(
  sections: readonly Section[],
  index: number,
  body: string,
  cursor: number,
): Section[] {
  const section = sections[index]
  if (!section) return [...sections]
  const before = body.slice(0, cursor).trimEnd()
  let after = body.slice(cursor).trimStart()
  let heading = NEW_HEADING
  const subHeading = /^#{1,6}[ \t]+(.+)(?:\n|$)/.exec(after)
  if (subHeading) {
    heading = subHeading[1]!.trim()
    after = after.slice(subHeading[0].length).trimStart()
  }
  const next = patchSection(sections, index, { body: before })
  next.splice(index + 1, 0, { id: newSectionId(sections), heading, body: after })
  return next
}

/**
 * Merges the next section into the one at `index`: its heading becomes a `###` sub-heading of the merged body
 * (nothing it said is lost), and the first section keeps its id and heading.
 */
export function mergeWithNext(sections: readonly Section[], index: number): Section[] {
  const first = sections[index]
  const second = sections[index + 1]
  if (!first || !second) return [...sections]
  const parts = [first.body.trim(), second.heading ? `### ${second.heading}` : '', second.body.trim()]
  const body = parts.filter((part) => part !== '').join('\n\n')
  return [...sections.slice(0, index), { ...first, body }, ...sections.slice(index + 2)]
}

/** Adds `text` as a new paragraph at the end of the section at `index`. */
export function appendParagraph(sections: readonly Section[], index: number, text: string): Section[] {
  const section = sections[index]
  if (!section) return [...sections]
  const body = section.body.trim() === '' ? text : `${section.body.trimEnd()}\n\n${text}`
  return patchSection(sections, index, { body })
}

/** What a section is called in lists and menus: its heading, or `Introduction` for the headless first one. */
export function sectionTitle(section: Pick<Section, 'heading'>, index: number): string {
  if (section.heading === null) return index === 0 ? 'Introduction' : `Section ${index + 1} (no heading)`
  return section.heading.trim() === '' ? `Section ${index + 1}` : section.heading
}
