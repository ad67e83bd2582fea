import { Alert, Button, EmptyState, Paper, Skeleton, Stack, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useState } from 'react'
import type { SampleList } from '../../../../shared/api'
import { useSamples } from '../../api/useSamples'
import { FolderIcon } from '../../components/FolderIcon'
import { ProfileDrawer } from '../profile/ProfileDrawer'
import { SampleProblems } from './SampleProblems'
import { sampleRows } from './sampleRows'
import type { SampleRow } from './sampleRows'
import { SamplesSummary } from './SamplesSummary'
import { SamplesTable } from './SamplesTable'

function LoadingTable() {
  return (
    <Paper withBorder radius="md" p="md" data-testid="samples-loading">
      <Stack gap="sm">
        {[0, 1, 2, 3, 4].map((n) => (
          <Skeleton key={n} height={28} radius="sm" />
        ))}
      </Stack>
    </Paper>
  )
}

function SamplesContent({
  list,
  onOpen,
  selectedId,
}: {
  list: SampleList
  onOpen: (row: SampleRow) => void
  selectedId: string | null
}) {
  const { rows, problems } = sampleRows(list)
  if (list.files.length === 0) {
    return (
      <Paper withBorder radius="md" py={56} data-testid="samples-empty">
        <EmptyState
          icon={<FolderIcon />}
          withIndicatorBackground
          title="No sample profiles"
          description={
            <>
              No files were found in{' '}
              <Text span ff="monospace" fz="sm">
                {list.folder}
              </Text>
              .
            </>
          }
        />
      </Paper>
    )
  }
  return (
    <Stack gap="lg">
      <SamplesSummary rows={rows} fileCount={list.files.length} />
      <SampleProblems problems={problems} />
      {rows.length > 0 && (
        <Paper withBorder radius="md">
          <SamplesTable rows={rows} selectedId={selectedId} onOpen={onOpen} />
        </Paper>
      )}
    </Stack>
  )
}

export function SamplesScreen() {
  const { state, reload } = useSamples()
  const [selected, setSelected] = useState<SampleRow | null>(null)
  const [opened, drawer] = useDisclosure(false)

  const open = (row: SampleRow) => {
    setSelected(row)
    drawer.open()
  }

  return (
    <Stack gap="lg" maw={1400} mx="auto">
      <div>
        <Title order={2} fz={24}>
          Sample profiles
        </Title>
        <Text c="dimmed" mt={4}>
          What the parser makes of the sample files shipped with the app. Select a profile to see every field,
          section and leftover line.
        </Text>
      </div>

      {state.status === 'loading' && <LoadingTable />}
      {state.status === 'error' && (
        <Alert
          color="red"
          variant="light"
          title="The samples could not be loaded"
          data-testid="samples-error"
        >
          <Text fz="sm" mb="sm">
            {state.error.message} ({state.error.code})
          </Text>
          <Button size="xs" variant="light" color="red" onClick={reload}>
            Try again
          </Button>
        </Alert>
      )}
      {state.status === 'ready' && (
        <SamplesContent list={state.list} onOpen={open} selectedId={opened ? (selected?.id ?? null) : null} />
      )}

      <ProfileDrawer row={selected} opened={opened} onClose={drawer.close} />
    </Stack>
  )
}
