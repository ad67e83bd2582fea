// Above the table: the search box (Ctrl/Cmd+F), the library or trash switch, and how many rows are shown.
import { CloseButton, Group, Loader, SegmentedControl, Text, TextInput } from '@mantine/core'
import type { RefObject } from 'react'
import { MOD } from '../../app/commands'
import { Icon } from '../../components/icons'

interface ToolbarProps {
  query: string
  onQuery: (query: string) => void
  searching: boolean
  /** The hits come from the names only while main indexes the full text of a large library. */
  namesOnly: boolean
  searchInput: RefObject<HTMLInputElement | null>
  trash: boolean
  onTrash: (trash: boolean) => void
  counts: { library: number; trash: number }
  shown: number
  total: number
}

export function Toolbar(props: ToolbarProps) {
  const { query, onQuery, searching, namesOnly, searchInput, trash, onTrash, counts, shown, total } = props
  return (
    <Group gap="md" wrap="nowrap">
      <TextInput
        ref={searchInput}
        value={query}
        onChange={(event) => onQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && query !== '') {
            event.stopPropagation()
            onQuery('')
          }
        }}
        placeholder={`Search cities, countries and text   ${MOD}+F`}
        aria-label="Search profiles"
        maxLength={500}
        leftSection={<Icon name="search" size={16} />}
        rightSection={
          searching || namesOnly ? (
            <Loader size={14} />
          ) : query ? (
            <CloseButton size="sm" aria-label="Clear the search" onClick={() => onQuery('')} />
          ) : null
        }
        flex={1}
        maw={460}
        data-testid="library-search"
      />
      <SegmentedControl
        size="sm"
        value={trash ? 'trash' : 'library'}
        onChange={(value) => onTrash(value === 'trash')}
        data={[
          {
            value: 'library',
            label: <span data-testid="view-library">Library · {counts.library.toLocaleString()}</span>,
          },
          {
            value: 'trash',
            label: <span data-testid="view-trash">Trash · {counts.trash.toLocaleString()}</span>,
          },
        ]}
        data-testid="view-switch"
      />
      {namesOnly && (
        <Text
          fz="xs"
          c="dimmed"
          ml="auto"
          ta="right"
          lh={1.2}
          maw={150}
          title="The library was just opened: the full text is still being indexed, and the results will follow by themselves."
          data-testid="search-names-only"
        >
          Cities and countries only, for a moment
        </Text>
      )}
      <Text
        fz="sm"
        c="dimmed"
        ml={namesOnly ? 0 : 'auto'}
        style={{ whiteSpace: 'nowrap' }}
        data-testid="row-count"
      >
        {shown === total
          ? `${total.toLocaleString()} ${total === 1 ? 'profile' : 'profiles'}`
          : `${shown.toLocaleString()} of ${total.toLocaleString()}`}
      </Text>
    </Group>
  )
}
