// The figures the rules looked at and turned down, each with its reason and sentence: why a metric the narrative
// seems to state got no suggestion (a metropolitan area, a budget, a compulsory schooling length…).
import { Modal, ScrollArea, Stack, Text } from '@mantine/core'
import type { NoticeItem } from '../../../../shared/fillApi'
import { METRIC_LABEL } from '../../components/metricLabels'

export function NoticesDialog({
  notices,
  opened,
  onClose,
}: {
  notices: readonly NoticeItem[]
  opened: boolean
  onClose: () => void
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Figures turned down"
      size="lg"
      data-testid="notices-dialog"
    >
      <ScrollArea.Autosize mah="70dvh" type="auto">
        <Stack gap="md">
          {notices.map((n, i) => (
            <div key={i} data-testid="notice">
              <Text fz="sm" fw={600}>
                {n.city}{' '}
                <Text span c="dimmed" fw={400}>
                  · {METRIC_LABEL[n.metric]} · {n.figure}
                </Text>
              </Text>
              <Text fz="sm">{n.reason}</Text>
              <Text fz="xs" c="dimmed" lineClamp={3} title={n.evidence}>
                {n.evidence}
              </Text>
            </div>
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Modal>
  )
}
