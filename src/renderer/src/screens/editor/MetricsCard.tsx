// The metrics form, one row per entry of the catalogue: adding a metric to the catalogue adds its row here.
import { METRIC_CATALOGUE } from '../../../../core/model'
import { useEditor } from './editorContext'
import { EditorCard } from './EditorCard'
import { MetricRow } from './MetricRow'

export function MetricsCard() {
  const { profile } = useEditor()
  const filled = METRIC_CATALOGUE.filter((d) => profile.metrics[d.key] !== null).length
  return (
    <EditorCard
      title="Metrics"
      description={`${filled} of ${METRIC_CATALOGUE.length} filled. Type a figure (8,000 or 9 million), or a band with Range.`}
      testId="editor-metrics"
      gap={0}
    >
      {METRIC_CATALOGUE.map((definition) => (
        <MetricRow key={definition.key} definition={definition} />
      ))}
    </EditorCard>
  )
}
