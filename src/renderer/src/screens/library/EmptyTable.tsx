// What the table area says when it has no rows: why, and what to do about it.
import { Button, EmptyState, Group } from '@mantine/core'
import { Icon } from '../../components/icons'

type Why = 'empty-library' | 'empty-trash' | 'no-match'

interface EmptyTableProps {
  why: Why
  onImport: (purpose: 'import-files' | 'import-folder') => void
  onClearFilters: () => void
}

export function EmptyTable({ why, onImport, onClearFilters }: EmptyTableProps) {
  if (why === 'empty-trash') {
    return (
      <EmptyState
        icon={<Icon name="trash" size={28} />}
        withIndicatorBackground
        title="The trash is empty"
        description="Profiles moved to the trash wait here until you restore them."
        data-testid="empty-table"
      />
    )
  }
  if (why === 'no-match') {
    return (
      <EmptyState
        icon={<Icon name="search" size={28} />}
        withIndicatorBackground
        title="No profile matches"
        description="Change the search or the filters to see more."
        data-testid="empty-table"
      >
        <EmptyState.Actions>
          <Button variant="default" onClick={onClearFilters} data-testid="clear-filters">
            Clear search and filters
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    )
  }
  return (
    <EmptyState
      icon={<Icon name="folder" size={28} />}
      withIndicatorBackground
      title="This library is empty"
      description="Import profile documents (text, Markdown, HTML, JSON or CSV), or drop files and folders on the window."
      data-testid="empty-table"
    >
      <EmptyState.Actions>
        <Group gap="sm">
          <Button onClick={() => onImport('import-files')}>Import files…</Button>
          <Button variant="default" onClick={() => onImport('import-folder')}>
            Import a folder…
          </Button>
        </Group>
      </EmptyState.Actions>
    </EmptyState>
  )
}
