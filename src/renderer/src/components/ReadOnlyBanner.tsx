import { Alert } from '@mantine/core'
import { Icon } from './icons'

/** Why nothing can be changed in this window (another window or command holds the library, its folder moved…). */
export function ReadOnlyBanner({ reason }: { reason: string }) {
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<Icon name="lock" />}
      title="Read-only"
      data-testid="read-only-banner"
      py="xs"
    >
      {reason}
    </Alert>
  )
}
