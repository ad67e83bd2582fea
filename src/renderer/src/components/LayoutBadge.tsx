import { Badge } from '@mantine/core'
import type { Layout } from '../../../core/model'

const LAYOUT_COLORS: Partial<Record<Layout, string>> = {
  bulleted: 'indigo',
  glued: 'grape',
  'case-study': 'teal',
  card: 'orange',
  mirror: 'cyan',
}

export function LayoutBadge({ layout }: { layout: Layout }) {
  return (
    <Badge variant="light" color={LAYOUT_COLORS[layout] ?? 'gray'} radius="sm" tt="none" fw={600}>
      {layout}
    </Badge>
  )
}
