import { Code, Stack } from '@mantine/core'
import { NoneYet } from './DetailBlock'

/** Source lines kept as they were: each on its own, wrapped, never truncated. */
export function LineList({ lines, empty, testId }: { lines: string[]; empty: string; testId: string }) {
  if (lines.length === 0) return <NoneYet>{empty}</NoneYet>
  return (
    <Stack gap={6}>
      {lines.map((line, index) => (
        <Code key={index} block fz="xs" data-testid={testId} style={{ whiteSpace: 'pre-wrap' }}>
          {line}
        </Code>
      ))}
    </Stack>
  )
}
