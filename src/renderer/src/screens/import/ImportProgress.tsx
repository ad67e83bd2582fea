// The running import, docked at the bottom of the window so the curator can keep working meanwhile.
import { Affix, Button, Group, Paper, Progress, Text } from '@mantine/core'
import type { ImportJob } from '../../../../shared/api'

export function ImportProgress({
  job,
  cancelling,
  onCancel,
}: {
  job: ImportJob
  cancelling: boolean
  onCancel: () => void
}) {
  const percent = job.total === 0 ? 0 : (job.done / job.total) * 100
  const current = Math.min(job.done + 1, job.total)
  const name = job.file.split(/[\\/]/).pop() || job.file
  return (
    <Affix position={{ bottom: 20, left: '50%' }} style={{ transform: 'translateX(-50%)' }}>
      <Paper withBorder shadow="md" p="md" w={440} data-testid="import-progress">
        <Group justify="space-between" wrap="nowrap" mb={6}>
          <Text fz="sm" fw={600}>
            {job.total === 0 ? 'Looking for files…' : `Importing ${current} of ${job.total}`}
          </Text>
          <Button
            size="compact-sm"
            variant="default"
            onClick={onCancel}
            loading={cancelling}
            data-testid="import-cancel"
          >
            Cancel
          </Button>
        </Group>
        <Progress value={percent} size="sm" animated={job.total === 0} aria-label="Import progress" />
        <Text fz="xs" c="dimmed" mt={6} truncate="end" title={job.file} ff="monospace">
          {name || '\u00a0'}
        </Text>
      </Paper>
    </Affix>
  )
}
