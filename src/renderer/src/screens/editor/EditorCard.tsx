// One group of the form: a titled card, with an optional count and actions on the right.
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

interface EditorCardProps {
  title: string
  description?: ReactNode
  count?: number
  actions?: ReactNode
  testId: string
  /** Space between the card's items: rows with borders of their own want none. */
  gap?: number | string
  children: ReactNode
}

export function EditorCard({
  title,
  description,
  count,
  actions,
  testId,
  gap = 'md',
  children,
}: EditorCardProps) {
  return (
    <Paper component="section" withBorder radius="md" p="lg" data-testid={testId} aria-label={title}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="md" gap="sm">
        <div>
          <Group gap={8}>
            <Title order={3} fz="md" fw={650}>
              {title}
            </Title>
            {count !== undefined && (
              <Badge size="sm" variant="default" radius="sm">
                {count}
              </Badge>
            )}
          </Group>
          {description && (
            <Text fz="xs" c="dimmed" mt={2}>
              {description}
            </Text>
          )}
        </div>
        {actions && (
          <Group gap="xs" wrap="nowrap">
            {actions}
          </Group>
        )}
      </Group>
      <Stack gap={gap}>{children}</Stack>
    </Paper>
  )
}
