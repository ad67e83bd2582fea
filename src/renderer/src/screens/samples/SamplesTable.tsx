import { Badge, Group, Progress, Table, Text } from '@mantine/core'
import type { KeyboardEvent } from 'react'
import { METRIC_KEYS } from '../../../../core/model'
import type { Diagnostic } from '../../../../core/model'
import { LayoutBadge } from '../../components/LayoutBadge'
import type { SampleRow } from './sampleRows'
import classes from './SamplesTable.module.css'

function DiagnosticsCount({ diagnostics }: { diagnostics: Diagnostic[] }) {
  if (diagnostics.length === 0) {
    return (
      <Text c="dimmed" fz="sm">
        0
      </Text>
    )
  }
  const worst = diagnostics.some((d) => d.level === 'error')
    ? 'red'
    : diagnostics.some((d) => d.level === 'warning')
      ? 'yellow'
      : 'gray'
  return (
    <Badge variant="light" color={worst} radius="sm">
      {diagnostics.length}
    </Badge>
  )
}

function MetricsFilled({ filled }: { filled: number }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress value={(filled / METRIC_KEYS.length) * 100} size="sm" w={48} aria-hidden />
      <Text fz="sm" ff="monospace">
        {filled}/{METRIC_KEYS.length}
      </Text>
    </Group>
  )
}

interface SamplesTableProps {
  rows: SampleRow[]
  selectedId: string | null
  onOpen: (row: SampleRow) => void
}

export function SamplesTable({ rows, selectedId, onOpen }: SamplesTableProps) {
  const openOnKey = (event: KeyboardEvent, row: SampleRow) => {
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    onOpen(row)
  }

  return (
    // Space for the scrollbar only when the window is too narrow for the table.
    <Table.ScrollContainer minWidth={900} scrollAreaProps={{ offsetScrollbars: 'present' }}>
      {/* Fixed widths for the short columns; the headline takes what is left and truncates. */}
      <Table
        layout="fixed"
        highlightOnHover
        verticalSpacing="sm"
        horizontalSpacing="sm"
        data-testid="samples-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={140} pl="md">
              City
            </Table.Th>
            <Table.Th w={110}>Country</Table.Th>
            <Table.Th w={120}>Layout</Table.Th>
            <Table.Th>Headline</Table.Th>
            <Table.Th w={115}>Metrics</Table.Th>
            <Table.Th w={90} ta="right">
              Sections
            </Table.Th>
            <Table.Th w={110} ta="right">
              Unassigned
            </Table.Th>
            <Table.Th w={120} ta="right" pr="md">
              Diagnostics
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const { profile, layout, diagnostics } = row.document
            return (
              <Table.Tr
                key={row.id}
                data-testid="sample-row"
                tabIndex={0}
                aria-selected={row.id === selectedId}
                className={row.id === selectedId ? `${classes.row} ${classes.selected}` : classes.row}
                onClick={() => onOpen(row)}
                onKeyDown={(event) => openOnKey(event, row)}
              >
                <Table.Td fw={600} pl="md">
                  {profile.city || <Text c="dimmed">Unknown city</Text>}
                </Table.Td>
                <Table.Td>{profile.country || <Text c="dimmed">—</Text>}</Table.Td>
                <Table.Td>
                  <LayoutBadge layout={layout} />
                </Table.Td>
                <Table.Td>
                  <Text
                    fz="sm"
                    truncate="end"
                    title={profile.headline ?? undefined}
                    c={profile.headline ? undefined : 'dimmed'}
                  >
                    {profile.headline ?? 'No headline'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <MetricsFilled filled={row.metricsFilled} />
                </Table.Td>
                <Table.Td ta="right">{profile.sections.length}</Table.Td>
                <Table.Td ta="right" c={profile.unassigned.length > 0 ? 'orange' : 'dimmed'}>
                  {profile.unassigned.length}
                </Table.Td>
                <Table.Td pr="md">
                  <Group justify="flex-end">
                    <DiagnosticsCount diagnostics={diagnostics} />
                  </Group>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
