// The document the profile was imported from, line by line, beside the form: the lines of the focused field are
// highlighted (and scrolled to), and a click on a line tells where the import put it.
import { Badge, Button, Group, Stack, Text } from '@mantine/core'
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Layout } from '../../../../core/model'
import type { SourceDocument } from '../../../../shared/api'
import { refKey, type FieldRef, type Traced } from './fieldRef'
import { whereLineWent } from './lineDestinations'
import { linesOf } from './traceLookup'
import classes from './editor.module.css'

/** Layouts whose profiles arrive whole, with no text of their own. */
const STRUCTURED: readonly Layout[] = ['json', 'csv']

interface SourcePanelProps {
  source: SourceDocument | null
  /** The profile's layout, to say why there is no source when there is none. */
  layout: Layout
  profile: Traced
  focused: FieldRef | null
  onGoTo: (ref: FieldRef) => void
}

export function SourcePanel({ source, layout, profile, focused, onGoTo }: SourcePanelProps) {
  const [selected, setSelected] = useState<number | null>(null)
  const listRef = useRef<HTMLDivElement>(null)
  const trace = source?.trace
  // While a clicked line is being read, the focused field's lines step back; a field taking the focus ends it.
  const highlighted = useMemo(
    () => new Set(trace && focused && selected === null ? linesOf(trace, focused, profile) : []),
    [trace, focused, profile, selected],
  )
  const first = Math.min(...highlighted)

  useEffect(() => setSelected(null), [focused])

  useEffect(() => {
    const line = listRef.current?.querySelector<HTMLElement>(`[data-line="${first}"]`)
    const scroller = listRef.current?.parentElement
    if (!line || !scroller) return
    // Shown a third of the way down, so the lines after it are in view too; left alone when already visible.
    const top = line.offsetTop
    const bottom = top + line.offsetHeight
    if (top < scroller.scrollTop || bottom > scroller.scrollTop + scroller.clientHeight)
      scroller.scrollTo({ top: top - scroller.clientHeight / 3 })
  }, [first, focused])

  // The answer to a click shows under the line: bring it into view with it.
  useEffect(() => {
    listRef.current
      ?.querySelector('[data-testid="source-destinations"]')
      ?.scrollIntoView({ block: 'nearest' })
  }, [selected])

  if (!source || source.lines.length === 0) {
    return (
      <Text fz="sm" c="dimmed" px="sm" py="xs" data-testid="source-none">
        {STRUCTURED.includes(layout)
          ? `No source document: this profile was imported from ${layout.toUpperCase()} data, which has no lines to show beside its fields.`
          : 'The document this profile was read from is not in the library, so its lines cannot be shown.'}
      </Text>
    )
  }

  const destinations = selected === null ? [] : whereLineWent(source.trace, selected, profile)
  const step = (event: KeyboardEvent) => {
    const delta = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0
    if (delta === 0) return
    event.preventDefault()
    const next = Math.min(source.lines.length, Math.max(1, (selected ?? 0) + delta))
    setSelected(next)
    listRef.current?.querySelector(`[data-line="${next}"]`)?.scrollIntoView({ block: 'nearest' })
  }

  return (
    <div
      ref={listRef}
      className={classes.lines}
      role="listbox"
      tabIndex={0}
      aria-label="Source lines"
      aria-activedescendant={selected === null ? undefined : `source-line-${selected}`}
      onKeyDown={step}
      data-testid="source-lines"
    >
      {source.lines.map((text, i) => {
        const line = i + 1
        return (
          <div key={line}>
            <div
              id={`source-line-${line}`}
              role="option"
              aria-selected={selected === line}
              className={classes.line}
              data-line={line}
              data-highlighted={highlighted.has(line) || undefined}
              data-selected={selected === line || undefined}
              onClick={() => setSelected(selected === line ? null : line)}
              data-testid="source-line"
            >
              <span className={classes.lineNumber}>{line}</span>
              <span className={classes.lineText}>{text}</span>
            </div>
            {selected === line && (
              <Stack gap={4} className={classes.destinations} data-testid="source-destinations">
                <Text fz="xs" fw={600} c="dimmed">
                  {destinations.length === 0 ? 'Blank: nothing was read from this line' : 'This line went to'}
                </Text>
                {destinations.map((d) => (
                  <Group key={d.label} gap="xs" wrap="nowrap" justify="space-between">
                    <Text fz="xs">{d.label}</Text>
                    {d.ref && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() => onGoTo(d.ref!)}
                        data-ref={refKey(d.ref)}
                      >
                        Show
                      </Button>
                    )}
                  </Group>
                ))}
              </Stack>
            )}
          </div>
        )
      })}
    </div>
  )
}

export function SourceHeader({ source }: { source: SourceDocument | null }) {
  return (
    <>
      <Group gap="xs" wrap="nowrap" miw={0}>
        <Text fz="sm" fw={650}>
          Source document
        </Text>
        {source && (
          <Badge size="sm" variant="light" color="gray" radius="sm" tt="none">
            {source.layout}
          </Badge>
        )}
      </Group>
      {source && source.lines.length > 0 && (
        <Text fz="xs" c="dimmed" mt={2}>
          Focus a field to see its lines; click a line to see where it went.
        </Text>
      )}
    </>
  )
}
