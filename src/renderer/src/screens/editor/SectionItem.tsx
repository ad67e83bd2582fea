// One narrative section: its heading, its body in the Markdown subset with a preview, and its actions.
import { Button, Group, Paper, Textarea, TextInput } from '@mantine/core'
import { useState, type KeyboardEvent } from 'react'
import type { Section } from '../../../../core/model'
import { BodyPreview } from './BodyPreview'
import { FieldZone } from './FieldZone'
import { SectionToolbar, type SectionAction } from './SectionToolbar'
import { sectionTitle } from './sectionOps'

interface SectionItemProps {
  section: Section
  index: number
  count: number
  onChange: (patch: Partial<Pick<Section, 'heading' | 'body'>>) => void
  onBlur: () => void
  /** `cursor` is where the body's cursor stands, for a split. */
  onAction: (action: SectionAction, cursor: number | null) => void
}

export function SectionItem({ section, index, count, onChange, onBlur, onAction }: SectionItemProps) {
  const [preview, setPreview] = useState(false)
  // Where the cursor was last in the body: a click on Split moves focus to the button, the position stays here.
  const [cursor, setCursor] = useState<number | null>(null)
  const title = sectionTitle(section, index)

  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return
    event.preventDefault()
    onAction(event.key === 'ArrowUp' ? 'up' : 'down', cursor)
  }

  return (
    <FieldZone field={{ kind: 'section', id: section.id }}>
      <Paper
        withBorder
        radius="md"
        p="sm"
        onKeyDown={onKeyDown}
        data-testid="editor-section"
        data-section={section.id}
      >
        <Group gap="xs" wrap="nowrap" mb="xs">
          <TextInput
            flex={1}
            miw={0}
            aria-label={`Heading of section ${index + 1}`}
            placeholder={index === 0 ? 'No heading (introduction)' : 'No heading'}
            value={section.heading ?? ''}
            // An emptied heading is no heading: null, as the parser writes the introduction's.
            onChange={(e) =>
              onChange({ heading: e.currentTarget.value === '' ? null : e.currentTarget.value })
            }
            onBlur={onBlur}
            styles={{ input: { fontWeight: 600 } }}
            data-testid="section-heading"
          />
          <Button
            size="compact-sm"
            variant={preview ? 'light' : 'default'}
            aria-pressed={preview}
            onClick={() => setPreview((p) => !p)}
            data-testid="section-preview-toggle"
          >
            Preview
          </Button>
          <SectionToolbar
            title={title}
            isFirst={index === 0}
            isLast={index === count - 1}
            canSplit={!preview && cursor !== null}
            onAction={(action) => onAction(action, cursor)}
          />
        </Group>
        {preview ? (
          <BodyPreview body={section.body} />
        ) : (
          <Textarea
            aria-label={`Text of ${title}`}
            autosize
            minRows={3}
            maxRows={16}
            value={section.body}
            onChange={(e) => onChange({ body: e.currentTarget.value })}
            onSelect={(e) => setCursor(e.currentTarget.selectionStart)}
            onBlur={onBlur}
            data-testid="section-body"
          />
        )}
      </Paper>
    </FieldZone>
  )
}
