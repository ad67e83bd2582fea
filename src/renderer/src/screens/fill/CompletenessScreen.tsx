// Completeness of the library, one chart per metric: how many profiles have it, by where the value came from
// (the source, the curator, a suggestion, a derivation, a reference table), and how many still miss it.
import { Alert, Card, Group, Loader, Progress, Stack, Text, Title, Tooltip } from '@mantine/core'
import type { MetricOrigin } from '../../../../core/model'
import type { CompletenessRow } from '../../../../shared/fillApi'
import classes from './fill.module.css'
import { useFillData } from './useFillData'

const PARTS: ReadonlyArray<{ key: MetricOrigin | 'missing'; label: string; color: string }> = [
  { key: 'source', label: 'From the source', color: 'blue.6' },
  { key: 'manual', label: 'Typed by a curator', color: 'violet.6' },
  { key: 'reference', label: 'Reference table', color: 'teal.6' },
  { key: 'suggested', label: 'Accepted suggestion', color: 'orange.5' },
  { key: 'derived', label: 'Derived', color: 'cyan.5' },
  { key: 'missing', label: 'Missing', color: 'gray.3' },
]

const count = (row: CompletenessRow, key: MetricOrigin | 'missing'): number =>
  key === 'missing' ? row.missing : row.byOrigin[key]
const percent = (n: number, total: number): number => (total === 0 ? 0 : (n / total) * 100)

function MetricChart({ row }: { row: CompletenessRow }) {
  const filled = row.total - row.missing
  return (
    <Card withBorder radius="md" padding="md" data-testid="completeness-card" data-metric={row.metric}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text fw={600} truncate title={row.label}>
            {row.label}
          </Text>
          <Text fw={600} style={{ flex: 'none' }}>
            {Math.round(percent(filled, row.total))}%
          </Text>
        </Group>
        <Progress.Root size={18} radius="sm" aria-label={`${row.label}: ${filled} of ${row.total} filled`}>
          {PARTS.map((part) => {
            const n = count(row, part.key)
            return n === 0 ? null : (
              <Tooltip key={part.key} label={`${part.label}: ${n.toLocaleString()}`} withArrow>
                <Progress.Section value={percent(n, row.total)} color={part.color} />
              </Tooltip>
            )
          })}
        </Progress.Root>
        <Text fz="sm" c="dimmed" data-testid="completeness-filled">
          {filled.toLocaleString()} of {row.total.toLocaleString()} profiles
        </Text>
        <Group gap="md" wrap="wrap">
          {PARTS.filter((part) => count(row, part.key) > 0).map((part) => (
            <Text key={part.key} fz="xs" c="dimmed">
              <span
                className={classes.legend}
                style={{ background: `var(--mantine-color-${part.color.replace('.', '-')})` }}
              />
              {part.label} {count(row, part.key).toLocaleString()}
            </Text>
          ))}
        </Group>
      </Stack>
    </Card>
  )
}

export function CompletenessScreen() {
  const { data, error } = useFillData('completeness:get')
  return (
    <div className={classes.screen} data-testid="completeness-screen">
      <Title order={2} fz="lg">
        Completeness
      </Title>
      {error && !data ? (
        <Alert color="red" variant="light" title="Completeness could not be computed">
          {error.message}
        </Alert>
      ) : !data ? (
        <Loader size="sm" />
      ) : (
        <div className={classes.grid}>
          {data.rows.map((row) => (
            <MetricChart key={row.metric} row={row} />
          ))}
        </div>
      )}
    </div>
  )
}
