// Notifications the whole app uses: failures carry main's own message, so the curator reads why.
import { notifications } from '@mantine/notifications'
import { asApiError } from '../api/call'

export function notifyError(title: string, error: unknown): void {
  notifications.show({
    color: 'red',
    title,
    message: asApiError(error).message,
    autoClose: 8000,
    withBorder: true,
  })
}

export function notifyDone(message: string): void {
  notifications.show({ message, autoClose: 4000, withBorder: true })
}
