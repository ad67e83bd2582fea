// Who the profile is about and where it stands: city, country, headline, the workflow status and the notes.
import { Input, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core'
import type { Status } from '../../../../core/model'
import { useEditor } from './editorContext'
import { EditorCard } from './EditorCard'
import { FieldZone } from './FieldZone'
import { useFieldDraft, useTextDraft } from './useFieldDraft'

const STATUSES: { value: Status; label: string }[] = [
  { value: 'draft', label: 'Draft' },
  { value: 'in-review', label: 'In review' },
  { value: 'done', label: 'Done' },
]

export function IdentityCard() {
  const city = useTextDraft('city')
  const country = useTextDraft('country')
  const notes = useTextDraft('notes')
  const headline = useFieldDraft(
    'headline',
    (stored) => stored ?? '',
    (shown) => (shown.trim() === '' ? null : shown),
  )
  // A status is one click, not typing: saved at once, through the same draft so a refusal shows here.
  const status = useFieldDraft(
    'status',
    (s) => s,
    (s) => s,
  )
  const { profile } = useEditor()

  return (
    <EditorCard title="Identity and workflow" testId="editor-identity">
      <FieldZone field={{ kind: 'identity' }}>
        <SimpleGrid cols={2} spacing="md">
          <TextInput
            label="City"
            value={city.value}
            error={city.error}
            onChange={(e) => city.change(e.currentTarget.value)}
            onBlur={city.flush}
            data-testid="editor-city"
          />
          <TextInput
            label="Country"
            value={country.value}
            error={country.error}
            onChange={(e) => country.change(e.currentTarget.value)}
            onBlur={country.flush}
            data-testid="editor-country"
          />
        </SimpleGrid>
      </FieldZone>
      <FieldZone field={{ kind: 'headline' }}>
        <TextInput
          label="Headline"
          placeholder={profile.headline === null ? 'No headline' : undefined}
          value={headline.value}
          error={headline.error}
          onChange={(e) => headline.change(e.currentTarget.value)}
          onBlur={headline.flush}
          data-testid="editor-headline"
        />
      </FieldZone>
      <Stack gap={4} align="flex-start">
        <Text component="span" fz="sm" fw={500} id="editor-status-label">
          Status
        </Text>
        <SegmentedControl
          aria-labelledby="editor-status-label"
          data={STATUSES}
          value={status.value}
          onChange={(value) => {
            status.change(value as Status)
            status.flush()
          }}
          data-testid="editor-status"
        />
        {status.error && <Input.Error>{status.error}</Input.Error>}
      </Stack>
      <FieldZone field={{ kind: 'notes' }}>
        <Textarea
          label="Notes"
          description="What was checked, what is doubtful, what is left to do."
          autosize
          minRows={2}
          maxRows={8}
          value={notes.value}
          error={notes.error}
          onChange={(e) => notes.change(e.currentTarget.value)}
          onBlur={notes.flush}
          data-testid="editor-notes"
        />
      </FieldZone>
    </EditorCard>
  )
}
