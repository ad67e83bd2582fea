// The header's dataset buttons: the problems view (with how many profiles have problems) and the export dialog.
import { Badge, Button } from '@mantine/core'
import type { CommandId } from '../app/commands'
import { useProblems } from '../app/problems'
import { Icon } from './icons'

export function DatasetTools({ onCommand }: { onCommand: (command: CommandId) => void }) {
  const list = useProblems()
  const profiles = list ? Object.values(list.counts).filter((c) => c.error + c.warning > 0).length : 0
  return (
    <>
      <Button
        variant="subtle"
        color={profiles > 0 ? 'yellow' : 'gray'}
        leftSection={<Icon name="alert" size={16} />}
        rightSection={
          profiles > 0 ? (
            <Badge size="sm" color="yellow" variant="light" data-testid="problems-count">
              {profiles.toLocaleString()}
            </Badge>
          ) : undefined
        }
        onClick={() => onCommand('show-problems')}
        title={profiles > 0 ? `${profiles} profiles have errors or warnings` : 'No errors or warnings'}
        data-testid="problems-button"
      >
        Problems
      </Button>
      <Button
        variant="light"
        leftSection={<Icon name="file" size={16} />}
        onClick={() => onCommand('export')}
        data-testid="export-button"
      >
        Export
      </Button>
    </>
  )
}
