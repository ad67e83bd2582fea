import { Badge, Table, Text } from '@mantine/core'
import { METRIC_CATALOGUE } from '../../../../core/model'
import type { Metrics } from '../../../../core/model'
import { formatMetric } from './formatMetric'

export function MetricsTable({ metrics }: { metrics: Metrics }) {
  return (
    <Table verticalSpacing={8} horizontalSpacing="sm" layout="fixed" data-testid="profile-metrics">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="32%">Metric</Table.Th>
          <Table.Th w="30%">Value</Table.Th>
          <Table.Th>As written in the source</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {METRIC_CATALOGUE.map((definition) => {
          const metric = metrics[definition.key]
          return (
            <Table.Tr key={definition.key} data-testid="profile-metric" data-metric={definition.key}>
              <Table.Td fz="sm" fw={500}>
                {definition.label}
              </Table.Td>
              <Table.Td fz="sm">
                {metric ? (
                  <Text fz="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {formatMetric(metric)}
                  </Text>
                ) : (
                  <Badge variant="outline" color="gray" radius="sm" tt="none" fw={500}>
                    missing
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {metric?.raw ?? ''}
                </Text>
              </Table.Td>
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}
