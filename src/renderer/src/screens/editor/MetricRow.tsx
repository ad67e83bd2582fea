// One metric of the catalogue: an exact value or a band, in the catalogue's unit, with its reference year; where
// the figure came from; what the source wrote. Typing makes the figure the curator's (origin `manual`).
import { ActionIcon, Button, Group, SegmentedControl, Stack, Text, TextInput, Tooltip } from '@mantine/core'
import { useMemo, useState } from 'react'
import { UNIT_LABELS } from '../../../../core/metrics/formatMetric'
import type { MetricDefinition } from '../../../../core/model'
import { useEditor } from './editorContext'
import { FieldZone } from './FieldZone'
import { CloseIcon } from './icons'
import {
  draftOf,
  metricFromDraft,
  metricWarnings,
  sameFigure,
  switchMode,
  type FigureMode,
  type MetricDraft,
} from './metricInput'
import { MetricTextEntry } from './MetricTextEntry'
import { OriginBadge } from './OriginBadge'
import { useDraft } from './useDraft'
import classes from './editor.module.css'

const MODES: { value: FigureMode; label: string }[] = [
  { value: 'value', label: 'Value' },
  { value: 'range', label: 'Range' },
]

export function MetricRow({ definition }: { definition: MetricDefinition }) {
  const { key, label, unit } = definition
  const path = `metrics.${key}` as const
  const { profile, update } = useEditor()
  const stored = profile.metrics[key]
  const shown = useMemo(() => draftOf(stored, key), [stored, key])
  const draft = useDraft<MetricDraft>(path, shown, (value) => {
    const reading = metricFromDraft(key, value)
    if (!reading.ok) return reading.error
    if (sameFigure(reading.metric, stored)) return null
    return update(() => ({ [path]: reading.metric }))
  })
  const [writing, setWriting] = useState(false)
  const live = metricFromDraft(key, draft.value)
  const warnings = live.ok ? metricWarnings(key, live.metric) : []
  // The inputs at fault are marked once a save was refused, not while the first digits are typed.
  const faulty = new Set(draft.error && !live.ok ? live.at : [])
  const empty = stored === null && live.ok && live.metric === null
  const set = (field: keyof Omit<MetricDraft, 'mode'>) => (text: string) =>
    draft.change({ ...draft.value, [field]: text })
  const unitLabel = UNIT_LABELS[unit]

  const figureInput = (field: 'value' | 'min' | 'max', placeholder: string) => (
    <TextInput
      flex={1}
      miw={0}
      aria-label={`${label}: ${placeholder.toLowerCase()}`}
      placeholder={placeholder}
      inputMode="decimal"
      error={faulty.has(field)}
      value={draft.value[field]}
      onChange={(e) => set(field)(e.currentTarget.value)}
      onBlur={draft.flush}
      rightSection={
        unitLabel && (
          <Text fz="xs" c="dimmed">
            {unitLabel}
          </Text>
        )
      }
      rightSectionWidth={unitLabel.length > 5 ? 84 : 52}
      rightSectionPointerEvents="none"
      data-testid={`metric-${field}`}
    />
  )

  return (
    <FieldZone field={{ kind: 'metric', key }}>
      <div className={classes.metricRow} data-testid="editor-metric" data-metric={key}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap={8} wrap="nowrap" miw={0}>
            <Text fz="sm" fw={600} truncate>
              {label}
            </Text>
            <OriginBadge metric={stored} />
          </Group>
          <Group gap={4} wrap="nowrap">
            <Button
              size="compact-xs"
              fw={500}
              variant={writing ? 'light' : 'subtle'}
              color="gray"
              aria-pressed={writing}
              onClick={() => setWriting((w) => !w)}
              data-testid="metric-write"
            >
              Type as written
            </Button>
            {!empty && (
              <Tooltip label="Clear: the metric becomes missing" withArrow>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={`Clear ${label}`}
                  onClick={() => void update(() => ({ [path]: null }))}
                  data-testid="metric-clear"
                >
                  <CloseIcon size={14} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        </Group>
        <Group gap="xs" wrap="nowrap" align="flex-start" mt={8}>
          <SegmentedControl
            size="sm"
            aria-label={`${label}: exact value or range`}
            data={MODES}
            value={draft.value.mode}
            onChange={(mode) => draft.change(switchMode(draft.value, mode as FigureMode))}
            data-testid="metric-mode"
          />
          {draft.value.mode === 'value' ? (
            figureInput('value', 'Value')
          ) : (
            <>
              {figureInput('min', 'Minimum')}
              <Text c="dimmed" pt={6} aria-hidden="true">
                –
              </Text>
              {figureInput('max', 'Maximum')}
            </>
          )}
          {unit !== 'year' && (
            <TextInput
              w={76}
              aria-label={`${label}: reference year`}
              placeholder="Year"
              inputMode="numeric"
              error={faulty.has('year')}
              value={draft.value.year}
              onChange={(e) => set('year')(e.currentTarget.value)}
              onBlur={draft.flush}
              data-testid="metric-year"
            />
          )}
        </Group>
        <Stack gap={2} mt={6} className={classes.notes}>
          {stored?.raw && (
            <Text fz="xs" c="dimmed" className={classes.raw} data-testid="metric-raw">
              As written: “{stored.raw}”
            </Text>
          )}
          {draft.error && (
            <Text fz="xs" c="red" role="alert" data-testid="metric-error">
              {draft.error}
            </Text>
          )}
          {warnings.map((warning) => (
            <Text key={warning} fz="xs" c="orange" data-testid="metric-warning">
              {warning}
            </Text>
          ))}
        </Stack>
        {writing && (
          <MetricTextEntry
            definition={definition}
            onUse={(metric) => update(() => ({ [path]: metric }))}
            onDone={() => setWriting(false)}
          />
        )}
      </div>
    </FieldZone>
  )
}
