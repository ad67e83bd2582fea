// A metric typed as a source would write it (`More than 500 inhabitants per km²`): read with the parser's own
// grammar and shown as it will be saved, before it is saved.
import { Button, Group, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { formatMetric } from '../../../../core/metrics'
import type { Metric, MetricDefinition } from '../../../../core/model'
import { metricFromText } from './metricInput'
import type { Outcome } from './useProfile'

interface MetricTextEntryProps {
  definition: MetricDefinition
  onUse: (metric: Metric) => Promise<Outcome>
  onDone: () => void
}

export function MetricTextEntry({ definition, onUse, onDone }: MetricTextEntryProps) {
  const [text, setText] = useState('')
  const [refusal, setRefusal] = useState<string | null>(null)
  const reading = text.trim() === '' ? null : metricFromText(definition.key, text)

  const use = async () => {
    if (!reading?.ok) return
    const problem = await onUse(reading.metric)
    if (problem) setRefusal(problem)
    else onDone()
  }

  return (
    <div data-testid="metric-text-entry">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <TextInput
          flex={1}
          size="xs"
          autoFocus
          aria-label={`${definition.label} as written`}
          placeholder="Type it as a source writes it, e.g. More than 500 inhabitants per km²"
          value={text}
          error={refusal}
          onChange={(e) => {
            setText(e.currentTarget.value)
            setRefusal(null)
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void use()
            if (e.key === 'Escape') {
              // Closes this box only, not the editor.
              e.preventDefault()
              onDone()
            }
          }}
          data-testid="metric-text"
        />
        <Button size="xs" disabled={!reading?.ok} onClick={() => void use()} data-testid="metric-text-use">
          Use
        </Button>
        <Button size="xs" variant="default" onClick={onDone}>
          Cancel
        </Button>
      </Group>
      {reading && (
        <Text fz="xs" mt={4} c={reading.ok ? undefined : 'red'} data-testid="metric-text-reading">
          {reading.ok
            ? `Reads as ${formatMetric(reading.metric)}${reading.metric.evidence ? ` (${reading.metric.evidence})` : ''}`
            : reading.error}
        </Text>
      )}
    </div>
  )
}
