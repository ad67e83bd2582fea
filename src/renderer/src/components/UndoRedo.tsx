// Undo and Redo, each saying what it would do ("Undo Set status of 3 profiles"), as main describes it.
import { ActionIcon, Group, Tooltip } from '@mantine/core'
import { MOD } from '../app/commands'
import { Icon } from './icons'

interface UndoRedoProps {
  undo: string | null
  redo: string | null
  disabled: boolean
  onUndo: () => void
  onRedo: () => void
}

export function UndoRedo({ undo, redo, disabled, onUndo, onRedo }: UndoRedoProps) {
  const undoLabel = undo ? `Undo ${undo}` : 'Nothing to undo'
  const redoLabel = redo ? `Redo ${redo}` : 'Nothing to redo'
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={`${undoLabel} (${MOD}+Z)`} withArrow>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={undoLabel}
          disabled={disabled || !undo}
          onClick={onUndo}
          data-testid="undo"
        >
          <Icon name="undo" />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={`${redoLabel} (${MOD}+Shift+Z)`} withArrow>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={redoLabel}
          disabled={disabled || !redo}
          onClick={onRedo}
          data-testid="redo"
        >
          <Icon name="redo" />
        </ActionIcon>
      </Tooltip>
    </Group>
  )
}
