import { List, Stack, Text, Title } from '@mantine/core'
import { bodyBlocks } from './bodyBlocks'

export function SectionBody({ body }: { body: string }) {
  if (body.trim() === '') {
    return (
      <Text c="dimmed" fz="sm">
        Empty section
      </Text>
    )
  }
  return (
    <Stack gap="sm">
      {bodyBlocks(body).map((block, index) => {
        switch (block.kind) {
          case 'heading':
            return (
              <Title key={index} order={5} fz="sm" mt={4}>
                {block.text}
              </Title>
            )
          case 'paragraph':
            return (
              <Text key={index} fz="sm" lh={1.6} style={{ whiteSpace: 'pre-line' }}>
                {block.lines.join('\n')}
              </Text>
            )
          case 'bullets':
            return (
              <List key={index} fz="sm" spacing={4} withPadding>
                {block.items.map((item, n) => (
                  <List.Item key={n}>{item}</List.Item>
                ))}
              </List>
            )
          case 'numbered':
            return (
              <List key={index} type="ordered" start={block.start} fz="sm" spacing={4} withPadding>
                {block.items.map((item, n) => (
                  <List.Item key={n}>{item}</List.Item>
                ))}
              </List>
            )
        }
      })}
    </Stack>
  )
}
