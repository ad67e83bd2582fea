// When the library cannot be shown at all (damaged, refused, missing): main's reason, and the ways out.
import { Button, EmptyState, Group, Text } from '@mantine/core'
import type { ApiError } from '../api/call'
import { Icon } from '../components/icons'

interface LibraryErrorProps {
  error: ApiError
  onRetry: () => void
  onOpen: () => void
  onCreate: () => void
}

export function LibraryError({ error, onRetry, onOpen, onCreate }: LibraryErrorProps) {
  return (
    <EmptyState
      icon={<Icon name="alert" size={28} />}
      variant="light"
      color="red"
      title="The library could not be opened"
      description={
        <Text component="span" fz="sm" maw={560} display="block">
          {error.message}
        </Text>
      }
      mt={80}
      data-testid="library-error"
    >
      <EmptyState.Actions>
        <Group gap="sm">
          <Button variant="default" onClick={onRetry}>
            Try again
          </Button>
          <Button variant="default" onClick={onOpen}>
            Open another library…
          </Button>
          <Button variant="default" onClick={onCreate}>
            New library…
          </Button>
        </Group>
      </EmptyState.Actions>
    </EmptyState>
  )
}
