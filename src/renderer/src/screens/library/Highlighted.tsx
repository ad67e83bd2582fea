import { highlightParts } from './highlight'
import classes from './LibraryTable.module.css'

/** A name with the search terms marked. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] | null }) {
  if (!terms || terms.length === 0) return text
  return highlightParts(text, terms).map((part, index) =>
    part.match ? (
      <mark key={index} className={classes.mark}>
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  )
}
