import { Badge, Divider, Group, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'

interface DetailBlockProps {
  title: string
  /** Shown beside the title when the block lists things. */
  count?: number
  testId: string
  children: ReactNode
}

export function DetailBlock({ title, count, testId, children }: DetailBlockProps) {
  return (
    // Clear of the drawer's sticky header when scrolled into view.
    <Stack component="section" gap="sm" data-testid={testId} style={{ scrollMarginTop: 112 }}>
      <div>
        <Group gap="xs" mb={6}>
          <Text fz="xs" fw={700} tt="uppercase" lts={0.6} c="dimmed">
            {title}
          </Text>
          {count !== undefined && (
            <Badge size="sm" variant="default" radius="sm">
              {count}
            </Badge>
          )}
        </Group>
        <Divider />
      </div>
      {children}
    </Stack>
  )
}

export function NoneYet({ children }: { children: ReactNode }) {
  return (
    <Text c="dimmed" fz="sm" fs="italic">
      {children}
    </Text>
  )
}
