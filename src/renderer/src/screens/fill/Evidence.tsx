// An evidence sentence with its matched words marked: the figure strongest, the words that name the metric and
// its year lighter.
import type { Match } from '../../../../core/suggest/types'
import { evidenceParts } from './evidenceParts'
import classes from './fill.module.css'

export function Evidence({
  text,
  matches,
  from = 0,
}: {
  text: string
  matches: readonly Match[]
  from?: number
}) {
  const shifted = matches.map((m) => ({ ...m, start: m.start - from, end: m.end - from }))
  return (
    <>
      {from > 0 && '…'}
      {evidenceParts(text.slice(from), shifted).map((part, index) =>
        part.kind ? (
          <mark key={index} className={classes.mark} data-kind={part.kind}>
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  )
}
