// Fill from a reference table: choose a CSV, see every change it would make (and what it keeps, the rows it
// cannot place, the cells it cannot read), name the columns it calls otherwise, then apply it as one undoable
// command. Values typed by a curator are replaced only when the curator ticks it here.
import { Alert, Button, Checkbox, Group, Modal, ScrollArea, Select, Stack, Table, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { formatMetric } from '../../../../core/metrics/formatMetric'
import { METRIC_KEYS } from '../../../../core/model'
import type { TablePreview } from '../../../../shared/fillApi'
import { asApiError, call } from '../../api/call'
import { useLibrary } from '../../app/library'
import { notifyDone, notifyError } from '../../app/notify'
import { METRIC_LABEL, METRIC_SHORT } from '../../components/metricLabels'

const ROLE_OPTIONS = [
  { value: 'city', label: 'City' },
  { value: 'country', label: 'Country' },
  { value: 'year', label: 'Year' },
  { value: 'source', label: 'Source' },
  { value: 'ignore', label: 'Not read' },
  ...METRIC_KEYS.map((k) => ({ value: k, label: METRIC_LABEL[k] })),
]

const KEPT_WHY = {
  manual: 'typed by a curator',
  'has-value': 'has a value',
  same: 'already this value',
  'earlier-row': 'filled by an earlier row',
} as const

export function FillDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { info, mutate } = useLibrary()
  const [path, setPath] = useState<string | null>(null)
  const [overwrite, setOverwrite] = useState(false)
  const [replaceManual, setReplaceManual] = useState(false)
  const [mapping, setMapping] = useState<Record<string, string>>({})
  const [preview, setPreview] = useState<TablePreview | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const seq = info?.seq

  useEffect(() => {
    if (!opened || path === null) return
    let current = true
    call('fill:plan', { path, overwrite, replaceManual, mapping }).then(
      (value) => current && (setPreview(value), setError(null)),
      (failure: unknown) => current && (setPreview(null), setError(asApiError(failure).message)),
    )
    return () => {
      current = false
    }
  }, [opened, path, overwrite, replaceManual, mapping, seq])

  const reset = () => {
    setPath(null)
    setPreview(null)
    setError(null)
    setMapping({})
    setOverwrite(false)
    setReplaceManual(false)
  }
  const close = () => {
    reset()
    onClose()
  }
  const choose = async () => {
    try {
      const chosen = await call('fill:chooseTable', {})
      if (chosen) {
        reset()
        setPath(chosen)
      }
    } catch (failure) {
      notifyError('No table was opened', failure)
    }
  }
  const apply = async () => {
    if (!path || !preview) return
    setBusy(true)
    const result = await mutate('Nothing was filled', () =>
      call('fill:apply', { path, overwrite, replaceManual, mapping, token: preview.token }),
    )
    setBusy(false)
    if (result) {
      notifyDone(result.label)
      close()
    }
  }

  const plan = preview?.plan
  const manualKept = plan?.kept.filter((k) => k.reason === 'manual').length ?? 0
  const profiles = plan ? new Set(plan.fills.map((f) => f.profileId)).size : 0
  const canApply = Boolean(plan && plan.fills.length > 0 && preview!.problems.length === 0 && !info?.readOnly)

  return (
    <Modal
      opened={opened}
      onClose={close}
      title="Fill from a reference table"
      size="80rem"
      data-testid="fill-dialog"
    >
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap">
          <Text
            fz="sm"
            c={path ? undefined : 'dimmed'}
            ff={path ? 'monospace' : undefined}
            truncate="start"
            data-testid="fill-path"
          >
            {path
              ? `\u200e${path}\u200e`
              : 'A CSV with a city column, a country column, metric columns (named as in the catalogue), and optionally year and source.'}
          </Text>
          <Button
            variant={path ? 'default' : 'filled'}
            onClick={() => void choose()}
            data-testid="fill-choose"
          >
            {path ? 'Another table…' : 'Choose a CSV table…'}
          </Button>
        </Group>
        {error && (
          <Alert color="red" variant="light" title="The table cannot be used">
            {error}
          </Alert>
        )}
        {preview && (
          <>
            <ScrollArea type="auto" offsetScrollbars>
              <Group gap="xs" wrap="nowrap" align="flex-end">
                {preview.header.map((column, i) => (
                  <Select
                    key={`${i}-${column}`}
                    label={column || `(column ${i + 1})`}
                    size="xs"
                    w={150}
                    data={ROLE_OPTIONS}
                    value={preview.roles[i] ?? 'ignore'}
                    onChange={(value) => value && setMapping({ ...mapping, [column]: value })}
                    allowDeselect={false}
                    data-testid="fill-column"
                  />
                ))}
              </Group>
            </ScrollArea>
            {preview.problems.length > 0 && (
              <Alert
                color="orange"
                variant="light"
                title="Name the columns first"
                data-testid="fill-problems"
              >
                {preview.problems.join('; ')}
              </Alert>
            )}
            <Group gap="lg">
              <Checkbox
                label="Also replace values already there (never those typed by a curator)"
                checked={overwrite}
                onChange={(e) => {
                  setOverwrite(e.currentTarget.checked)
                  if (!e.currentTarget.checked) setReplaceManual(false)
                }}
                data-testid="fill-overwrite"
              />
              {overwrite && (manualKept > 0 || replaceManual) && (
                <Checkbox
                  color="red"
                  label={`Replace the ${manualKept || ''} values typed by a curator too`.replace('  ', ' ')}
                  checked={replaceManual}
                  onChange={(e) => setReplaceManual(e.currentTarget.checked)}
                  data-testid="fill-replace-manual"
                />
              )}
            </Group>
            <Text fw={500} data-testid="fill-summary">
              {plan!.fills.length === 0
                ? 'Nothing to fill.'
                : `${plan!.fills.length} metric${plan!.fills.length === 1 ? '' : 's'} in ${profiles} profile${profiles === 1 ? '' : 's'} will be filled.`}{' '}
              <Text span c="dimmed" fw={400}>
                {plan!.kept.length} kept · {plan!.ambiguous.length} ambiguous · {plan!.unmatched.length}{' '}
                unmatched · {plan!.invalid.length} unreadable
              </Text>
            </Text>
            {plan!.fills.length > 0 && (
              <ScrollArea.Autosize mah="max(140px, calc(100dvh - 520px))" type="auto">
                <Table striped stickyHeader fz="sm" data-testid="fill-changes">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>City</Table.Th>
                      <Table.Th>Metric</Table.Th>
                      <Table.Th>Now</Table.Th>
                      <Table.Th>Will be</Table.Th>
                      <Table.Th>Row</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {plan!.fills.map((f) => (
                      <Table.Tr key={`${f.profileId}-${f.metric}`}>
                        <Table.Td>
                          {f.city}
                          <Text span c="dimmed" fz="xs">
                            {' '}
                            {f.country}
                          </Text>
                        </Table.Td>
                        <Table.Td>{METRIC_SHORT[f.metric]}</Table.Td>
                        <Table.Td c="dimmed">{formatMetric(f.before)}</Table.Td>
                        <Table.Td fw={500}>{formatMetric(f.after)}</Table.Td>
                        <Table.Td>{f.row}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea.Autosize>
            )}
            <Report
              lines={[
                ...plan!.ambiguous.map(
                  (a) =>
                    `Row ${a.row}: ${a.city}${a.country ? `, ${a.country}` : ''} fits ${a.candidates.map((c) => `${c.city} (${c.country})`).join(' and ')}: not filled`,
                ),
                ...plan!.unmatched.map(
                  (u) =>
                    `Row ${u.row}: ${u.city || '(no city)'}${u.country ? `, ${u.country}` : ''} matches no profile`,
                ),
                ...plan!.invalid.map((i) => `Row ${i.row}: ${i.column} “${i.value}”: ${i.reason}`),
                ...plan!.kept.map(
                  (k) => `Row ${k.row}: ${k.city} ${METRIC_SHORT[k.metric]} kept (${KEPT_WHY[k.reason]})`,
                ),
                ...preview.plan.unknownColumns.map((c) => `Column “${c}” is not read`),
              ]}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button onClick={() => void apply()} disabled={!canApply} loading={busy} data-testid="fill-apply">
            {plan && plan.fills.length > 0
              ? `Fill ${plan.fills.length} metric${plan.fills.length === 1 ? '' : 's'}`
              : 'Fill'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

function Report({ lines }: { lines: string[] }) {
  if (lines.length === 0) return null
  return (
    <ScrollArea.Autosize mah={96} type="auto">
      <Stack gap={2} data-testid="fill-report">
        {lines.map((line, i) => (
          <Text key={i} fz="sm" c="dimmed">
            {line}
          </Text>
        ))}
      </Stack>
    </ScrollArea.Autosize>
  )
}
