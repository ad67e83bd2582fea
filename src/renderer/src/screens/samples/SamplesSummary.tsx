import { Paper, SimpleGrid, Text } from '@mantine/core'
import { METRIC_KEYS } from '../../../../core/model'
import type { SampleRow } from './sampleRows'

function Stat({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text fz="xs" tt="uppercase" fw={700} c="dimmed" lts={0.5}>
        {label}
      </Text>
      <Text fz={26} fw={700} lh={1.3}>
        {value}
      </Text>
      <Text fz="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  )
}

const sum = (values: number[]) => values.reduce((total, n) => total + n, 0)

export function SamplesSummary({ rows, fileCount }: { rows: SampleRow[]; fileCount: number }) {
  const filled = sum(rows.map((row) => row.metricsFilled))
  const possible = rows.length * METRIC_KEYS.length
  const unassigned = sum(rows.map((row) => row.document.profile.unassigned.length))
  const diagnostics = sum(rows.map((row) => row.document.diagnostics.length))
  const layouts = new Set(rows.map((row) => row.document.layout)).size

  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" data-testid="samples-summary">
      <Stat
        label="Profiles"
        value={String(rows.length)}
        hint={`from ${fileCount} ${fileCount === 1 ? 'file' : 'files'}, ${layouts} ${layouts === 1 ? 'layout' : 'layouts'}`}
      />
      <Stat
        label="Metrics filled"
        value={`${filled}/${possible}`}
        hint={possible === 0 ? 'no metrics' : `${Math.round((filled / possible) * 100)}% of the template`}
      />
      <Stat label="Unassigned lines" value={String(unassigned)} hint="kept for the curator to place" />
      <Stat label="Diagnostics" value={String(diagnostics)} hint="noticed by the parser" />
    </SimpleGrid>
  )
}
