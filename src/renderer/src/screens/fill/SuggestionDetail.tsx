// The focused suggestion in full: the sentence with its matched words, where it was found, what would be stored,
// and the buttons (with their keys) to accept or reject it.
import { Badge, Button, Card, Group, Kbd, Stack, Text, Title } from '@mantine/core'
import { formatMetric } from '../../../../core/metrics/formatMetric'
import type { SuggestionItem } from '../../../../shared/fillApi'
import { METRIC_LABEL } from '../../components/metricLabels'
import { Evidence } from './Evidence'
import classes from './fill.module.css'
import { LEVEL_COLOR } from './SuggestionList'

interface SuggestionDetailProps {
  suggestion: SuggestionItem | null
  selected: number
  readOnly: boolean
  onAccept: () => void
  onReject: () => void
  onOpen: (profileId: string) => void
}

export function SuggestionDetail({
  suggestion: s,
  selected,
  readOnly,
  onAccept,
  onReject,
  onOpen,
}: SuggestionDetailProps) {
  const many = selected > 1
  return (
    <Card withBorder radius="md" padding="md" className={classes.detail} data-testid="suggestion-detail">
      {s ? (
        <Stack gap="sm">
          <div>
            <Title order={2} fz="lg">
              {s.city}
            </Title>
            <Text c="dimmed" fz="sm">
              {s.country}
            </Text>
          </div>
          <Group gap="xs">
            <Text fw={500}>{METRIC_LABEL[s.metric]}</Text>
            <Badge variant="light" color={LEVEL_COLOR[s.level]}>
              {s.level} · {s.confidence.toFixed(2)}
            </Badge>
          </Group>
          <Text fz="lg" fw={600} data-testid="suggestion-value">
            {formatMetric(s.value)}
          </Text>
          {s.replaces && (
            <Text fz="sm" c="dimmed">
              Replaces {formatMetric(s.replaces)}, derived from values that have changed since.
            </Text>
          )}
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
            {s.kind === 'derived' ? 'Formula' : s.heading ? `Evidence · ${s.heading}` : 'Evidence'}
          </Text>
          <Text fz="sm" className={classes.sentence} data-testid="suggestion-evidence">
            <Evidence text={s.evidence} matches={s.matches} />
          </Text>
          <Text fz="xs" c="dimmed">
            Found by: {s.says}
          </Text>
          <Group gap="xs" mt="xs">
            <Button
              onClick={onAccept}
              disabled={readOnly}
              rightSection={<Kbd size="xs">A</Kbd>}
              data-testid="accept-button"
            >
              {many ? `Accept ${selected}` : 'Accept'}
            </Button>
            <Button
              variant="default"
              onClick={onReject}
              disabled={readOnly}
              rightSection={<Kbd size="xs">R</Kbd>}
              data-testid="reject-button"
            >
              {many ? `Reject ${selected}` : 'Reject'}
            </Button>
          </Group>
          <Button
            variant="subtle"
            size="compact-sm"
            style={{ alignSelf: 'flex-start' }}
            onClick={() => onOpen(s.profileId)}
            rightSection={<Kbd size="xs">Enter</Kbd>}
          >
            Open the profile
          </Button>
        </Stack>
      ) : (
        <Text c="dimmed" fz="sm">
          Choose a suggestion to see its evidence.
        </Text>
      )}
    </Card>
  )
}
