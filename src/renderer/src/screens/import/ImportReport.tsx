// What an import did, file by file: counts first, then a row per file (or per element of a JSON or CSV file)
// with its outcome and the reason or the fields that differed.
import { Alert, Button, Group, Modal, Text } from '@mantine/core'
import { MOD } from '../../app/commands'
import type { ImportReport as Report } from '../../../../core/library/reports'
import { OUTCOME_COLOR } from './reportRows'
import { ReportTable } from './ReportTable'

const OUTCOMES = ['new', 'unchanged', 'conflict', 'failed', 'skipped'] as const

export function ImportReport({ report, onClose }: { report: Report; onClose: () => void }) {
  const files = report.rows.length
  // A skipped conflict leaves the library as it was: only the other outcomes make the import worth undoing.
  const changed = report.rows.some(
    (row) => row.outcome === 'new' || (row.outcome === 'conflict' && row.action !== 'skipped'),
  )
  return (
    <Modal
      opened
      onClose={onClose}
      size="min(1100px, 94vw)"
      title={
        <Text fw={650} fz="lg">
          Import report
        </Text>
      }
      data-testid="import-report"
    >
      <Group gap="lg" mb="md" data-testid="import-counts">
        {OUTCOMES.map((outcome) => {
          const count = report.counts[outcome]
          const color = OUTCOME_COLOR[outcome]
          return (
            <Text key={outcome} fz="sm" c="dimmed" data-testid={`import-count-${outcome}`}>
              {/* Only what happened stands out; a zero stays as quiet as its label. */}
              <Text span fz="lg" fw={700} c={count === 0 ? 'dimmed' : color === 'gray' ? undefined : color}>
                {count}
              </Text>{' '}
              {outcome}
            </Text>
          )
        })}
        <Text fz="sm" c="dimmed" ml="auto">
          {changed ? `${MOD}+Z undoes this import` : 'Nothing in the library changed'}
        </Text>
      </Group>
      {report.cancelled && (
        <Alert color="yellow" variant="light" mb="md" data-testid="import-cancelled">
          The import was cancelled: the files below were read before it stopped, the others were not.
        </Alert>
      )}
      {files === 0 ? (
        <Text c="dimmed" ta="center" py="xl">
          No document was found in what was chosen.
        </Text>
      ) : (
        <ReportTable rows={report.rows} />
      )}
      <Group justify="flex-end" mt="md">
        <Button onClick={onClose} data-testid="import-report-close">
          Done
        </Button>
      </Group>
    </Modal>
  )
}
