// A section body as readers will see it. Built from parsed blocks as React elements holding plain text, so
// markup inside a profile (`<script>`, `<img onerror>`) is shown as the characters it is, never run or rendered.
import { List, Stack, Text, Title } from '@mantine/core'
import { bodyBlocks } from './bodyBlocks'
import classes from './editor.module.css'

export function BodyPreview({ body }: { body: string }) {
  const blocks = bodyBlocks(body)
  return (
    <Stack gap="sm" className={classes.preview} data-testid="section-preview">
      {blocks.length === 0 && (
        <Text c="dimmed" fz="sm" fs="italic">
          Nothing written yet
        </Text>
      )}
      {blocks.map((block, index) => {
        switch (block.kind) {
          case 'heading':
            return (
              <Title key={index} order={4} fz="sm" mt={4}>
                {block.text}
              </Title>
            )
          case 'paragraph':
            return (
              <Text key={index} fz="sm" lh={1.6}>
                {block.lines.join(' ')}
              </Text>
            )
          case 'bullets':
          case 'numbered':
            return (
              <List
                key={index}
                type={block.kind === 'numbered' ? 'ordered' : 'unordered'}
                start={block.kind === 'numbered' ? block.start : undefined}
                fz="sm"
                spacing={4}
                withPadding
              >
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
