import { Overlay, Stack, Text } from '@mantine/core'
import { Icon } from '../../components/icons'
import classes from './DropOverlay.module.css'

/** Shown while files are dragged over the window: where they will go. */
export function DropOverlay({ canDrop }: { canDrop: boolean }) {
  return (
    <Overlay fixed blur={2} zIndex={400} className={classes.overlay} data-testid="drop-overlay">
      <Stack align="center" gap="xs" className={classes.target}>
        <Icon name="import" size={40} stroke={1.4} />
        <Text fz="lg" fw={600}>
          Drop files or folders to import them
        </Text>
        <Text fz="sm" c="dimmed">
          {canDrop
            ? 'Each document becomes a profile; known sources are compared with what you have.'
            : 'Only the desktop app can read dropped files: here, use Import instead.'}
        </Text>
      </Stack>
    </Overlay>
  )
}
