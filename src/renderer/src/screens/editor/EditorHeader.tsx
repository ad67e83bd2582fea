// The editor's title bar: back to the library, whose profile this is, and the source panel's switch.
import { ActionIcon, Button, Group, Text, Title, Tooltip } from '@mantine/core'
import type { Profile } from '../../../../core/model'
import { ArrowLeftIcon, DocumentIcon } from './icons'
import classes from './editor.module.css'

interface EditorHeaderProps {
  profile: Profile
  sourceOpen: boolean
  /** The library is held elsewhere: nothing typed here can be saved. */
  readOnly: boolean
  onToggleSource: () => void
  onClose: () => void
}

export function EditorHeader({ profile, sourceOpen, readOnly, onToggleSource, onClose }: EditorHeaderProps) {
  const from = profile.source.file ?? `${profile.source.layout.toUpperCase()} data`
  return (
    <Group className={classes.header} justify="space-between" wrap="nowrap" gap="md">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Tooltip label="Back to the library (Esc)" withArrow>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label="Close the editor"
            onClick={onClose}
            data-testid="editor-close"
          >
            <ArrowLeftIcon />
          </ActionIcon>
        </Tooltip>
        <div style={{ minWidth: 0 }}>
          <Title order={2} fz="xl" lh={1.2} className={classes.truncate} data-testid="editor-title">
            {profile.city || 'Unnamed city'}
          </Title>
          <Text fz="sm" c="dimmed" truncate>
            {profile.country || 'No country'} · from {from}
          </Text>
        </div>
      </Group>
      <Group gap="md" wrap="nowrap">
        <Text
          fz="xs"
          c={readOnly ? 'orange' : 'dimmed'}
          fw={readOnly ? 600 : undefined}
          visibleFrom="md"
          data-testid="editor-saving-note"
        >
          {readOnly ? 'Read-only: changes here are not saved' : 'Changes are saved as you type'}
        </Text>
        <Button
          variant={sourceOpen ? 'light' : 'default'}
          leftSection={<DocumentIcon />}
          aria-pressed={sourceOpen}
          onClick={onToggleSource}
          data-testid="editor-source-toggle"
        >
          Source
        </Button>
      </Group>
    </Group>
  )
}
