// What can be done to the selected rows at once. Every action is one undoable command, and says so.
import { ActionBar, Button, Menu, Text } from '@mantine/core'
import type { Status } from '../../../../core/model'
import { call } from '../../api/call'
import { MOD } from '../../app/commands'
import { useLibrary } from '../../app/library'
import { notifyDone } from '../../app/notify'
import { Icon } from '../../components/icons'
import { STATUS_LABEL } from '../../components/status'
import { STATUSES } from './facetValues'

const plural = (n: number) => (n === 1 ? '1 profile' : `${n.toLocaleString()} profiles`)

interface BulkBarProps {
  ids: string[]
  trash: boolean
  onClear: () => void
}

export function BulkBar({ ids, trash, onClear }: BulkBarProps) {
  const { mutate, info } = useLibrary()
  const readOnly = info?.readOnly !== null
  const undoHint = `${MOD}+Z undoes it.`

  const setStatus = async (status: Status) => {
    const done = await mutate('The status was not changed', () => call('profiles:setStatus', { ids, status }))
    if (done) notifyDone(`${plural(ids.length)} set to ${STATUS_LABEL[status]}. ${undoHint}`)
  }
  const moveToTrash = async () => {
    const done = await mutate('Nothing was moved to the trash', () => call('profiles:delete', { ids }))
    if (!done) return
    onClear()
    notifyDone(`${plural(ids.length)} moved to the trash. ${undoHint}`)
  }
  const restore = async () => {
    const done = await mutate('Nothing was restored', () => call('profiles:restore', { ids }))
    if (!done) return
    onClear()
    notifyDone(`${plural(ids.length)} restored to the library. ${undoHint}`)
  }

  return (
    <ActionBar
      opened={ids.length > 0}
      onClose={onClear}
      // Centred over the table, not the window: the facet column (200 px and the gaps) stays clear.
      position={{ bottom: 28, left: 232, right: 16 }}
      aria-label="Selected profiles"
      data-testid="bulk-bar"
    >
      <Text fz="sm" fw={600} px="xs" data-testid="bulk-count">
        {ids.length.toLocaleString()} selected
      </Text>
      <ActionBar.Divider />
      {trash ? (
        <Button
          size="xs"
          variant="light"
          leftSection={<Icon name="restore" size={15} />}
          onClick={restore}
          disabled={readOnly}
          data-testid="bulk-restore"
        >
          Restore
        </Button>
      ) : (
        <>
          <Menu position="top" withinPortal>
            <Menu.Target>
              <Button
                size="xs"
                variant="default"
                rightSection={<Icon name="chevronDown" size={14} />}
                disabled={readOnly}
                data-testid="bulk-status"
              >
                Set status
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {STATUSES.map((status) => (
                <Menu.Item
                  key={status}
                  onClick={() => setStatus(status)}
                  data-testid={`bulk-status-${status}`}
                >
                  {STATUS_LABEL[status]}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          <Button
            size="xs"
            variant="light"
            color="red"
            leftSection={<Icon name="trash" size={15} />}
            onClick={moveToTrash}
            disabled={readOnly}
            data-testid="bulk-trash"
          >
            Move to trash
          </Button>
        </>
      )}
      <Text fz="xs" c="dimmed" px="xs" visibleFrom="md">
        Undoable with {MOD}+Z
      </Text>
      <ActionBar.CloseButton aria-label="Clear the selection" data-testid="bulk-clear" />
    </ActionBar>
  )
}
