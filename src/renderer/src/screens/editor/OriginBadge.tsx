// Where a metric's figure came from, as a badge; the evidence behind it (the sentence, the table row, the
// formula) shows on hover and on keyboard focus.
import { Badge, Tooltip } from '@mantine/core'
import type { Metric, MetricOrigin } from '../../../../core/model'

const ORIGINS: Record<MetricOrigin, { color: string; meaning: string }> = {
  source: { color: 'blue', meaning: 'Read from the metric block of the imported document' },
  manual: { color: 'indigo', meaning: 'Typed by a curator' },
  suggested: { color: 'yellow', meaning: 'Accepted from a suggestion found in the narrative' },
  derived: { color: 'teal', meaning: 'Computed from other metrics' },
  reference: { color: 'grape', meaning: 'Filled from a reference table' },
}

export function OriginBadge({ metric }: { metric: Metric | null }) {
  if (!metric) {
    return (
      <Badge
        size="sm"
        variant="outline"
        color="gray"
        radius="sm"
        tt="none"
        fw={500}
        data-testid="metric-origin"
      >
        missing
      </Badge>
    )
  }
  const { color, meaning } = ORIGINS[metric.origin]
  const label = metric.evidence ? `${meaning}. Evidence: ${metric.evidence}` : meaning
  return (
    <Tooltip label={label} multiline maw={360} withArrow openDelay={200}>
      <Badge
        size="sm"
        variant="light"
        color={color}
        radius="sm"
        tt="none"
        fw={600}
        // Focusable when it has evidence to show, so that keyboard users reach it too.
        tabIndex={metric.evidence ? 0 : undefined}
        aria-label={`Origin: ${metric.origin}. ${label}`}
        data-testid="metric-origin"
      >
        {metric.origin}
      </Badge>
    </Tooltip>
  )
}
