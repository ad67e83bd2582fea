// A quiet word in the header: saving while a write runs, saved once it is on disk, and a clear mark when a
// write failed (the notification says why).
import { Group, Loader, Text } from '@mantine/core'
import type { ShownSaving } from '../app/savingState'
import { Icon } from './icons'

export function SavingIndicator({ state }: { state: ShownSaving }) {
  if (state === 'idle') return null
  return (
    <Group gap={6} wrap="nowrap" data-testid="saving-indicator" data-state={state} aria-live="polite">
      {state === 'saving' && <Loader size={12} color="gray" />}
      {state === 'saved' && (
        <Text span c="teal" display="flex">
          <Icon name="check" size={14} stroke={2.4} />
        </Text>
      )}
      {state === 'error' && (
        <Text span c="red" display="flex">
          <Icon name="alert" size={14} />
        </Text>
      )}
      <Text fz="xs" c={state === 'error' ? 'red' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
        {state === 'saving' ? 'Saving…' : state === 'saved' ? 'All changes saved' : 'Not saved'}
      </Text>
    </Group>
  )
}
