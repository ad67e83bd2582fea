// One source line no field could take, and where the curator can put it. Each move is one update of the two
// fields involved (the line leaves `unassigned` as it enters its field), so one undo brings it back.
import { Button, Group, Menu, Paper, Text } from '@mantine/core'
import { useState } from 'react'
import { useEditor } from './editorContext'
import { FieldZone } from './FieldZone'
import { sectionTitle } from './sectionOps'
import { linkFromLine, moveLine, type LineTarget } from './unassignedMoves'

export function UnassignedLine({ line }: { line: string }) {
  const { profile, update } = useEditor()
  const [problem, setProblem] = useState<string | null>(null)

  const move = async (target: LineTarget) => {
    let refusal: string | null = null
    // Found by its text when the change runs: a move still on its way may have shifted the list.
    const outcome = await update((p) => {
      const result = moveLine(p, p.unassigned.indexOf(line), target)
      if ('error' in result) {
        refusal = result.error
        return null
      }
      return result.set
    })
    setProblem(refusal ?? outcome)
  }

  return (
    <FieldZone field={{ kind: 'unassigned', text: line }}>
      <Paper withBorder radius="md" p="sm" data-testid="editor-unassigned-line">
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
          <Text fz="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }} data-testid="unassigned-text">
            {line}
          </Text>
          <Group gap={6} wrap="nowrap">
            <Menu position="bottom-end" withinPortal shadow="md" width={260}>
              <Menu.Target>
                <Button size="xs" variant="light" data-testid="unassigned-move">
                  Move to…
                </Button>
              </Menu.Target>
              <Menu.Dropdown mah={360} style={{ overflowY: 'auto' }}>
                <Menu.Item onClick={() => void move({ to: 'headline' })}>
                  Headline{profile.headline ? ' (the current one becomes unassigned)' : ''}
                </Menu.Item>
                <Menu.Item onClick={() => void move({ to: 'notes' })}>Notes</Menu.Item>
                <Menu.Item onClick={() => void move({ to: 'contact' })}>A new contact’s name</Menu.Item>
                <Menu.Item disabled={linkFromLine(line) === null} onClick={() => void move({ to: 'link' })}>
                  A new link
                </Menu.Item>
                {profile.sections.length > 0 && (
                  <>
                    <Menu.Divider />
                    <Menu.Label>A new paragraph of</Menu.Label>
                    {profile.sections.map((section, index) => (
                      <Menu.Item key={section.id} onClick={() => void move({ to: 'section', index })}>
                        {sectionTitle(section, index)}
                      </Menu.Item>
                    ))}
                  </>
                )}
              </Menu.Dropdown>
            </Menu>
            <Button
              size="xs"
              variant="default"
              onClick={() => void move({ to: 'boilerplate' })}
              data-testid="unassigned-boilerplate"
            >
              Boilerplate
            </Button>
          </Group>
        </Group>
        {problem && (
          <Text fz="xs" c="red" mt={6} role="alert">
            {problem}
          </Text>
        )}
      </Paper>
    </FieldZone>
  )
}
