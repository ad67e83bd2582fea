import { Badge, Group, Stack, Text } from '@mantine/core'
import type { Diagnostic } from '../../../../core/model'
import { NoneYet } from './DetailBlock'

const LEVEL_COLORS: Record<Diagnostic['level'], string> = { error: 'red', warning: 'yellow', info: 'gray' }

export function DiagnosticsList({ diagnostics }: { diagnostics: Diagnostic[] }) {
  if (diagnostics.length === 0) return <NoneYet>The parser noticed nothing unusual</NoneYet>
  return (
    <Stack gap={8}>
      {diagnostics.map((diagnostic, index) => (
        <Group key={index} gap="sm" wrap="nowrap" align="flex-start" data-testid="profile-diagnostic">
          <Badge
            size="sm"
            miw={84}
            variant="light"
            color={LEVEL_COLORS[diagnostic.level]}
            radius="sm"
            style={{ flexShrink: 0 }}
          >
            {diagnostic.level}
          </Badge>
          <Text fz="sm">
            {diagnostic.message}
            <Text span fz="xs" c="dimmed">
              {' '}
              {diagnostic.code}
              {diagnostic.line !== null && `, line ${diagnostic.line}`}
            </Text>
          </Text>
        </Group>
      ))}
    </Stack>
  )
}
