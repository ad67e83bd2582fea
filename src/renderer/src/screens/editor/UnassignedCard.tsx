// Lines of the source that no field took, kept for the curator (never dropped), and the lines recognised as
// boilerplate, for reference.
import { Button, Collapse, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useEditor } from './editorContext'
import { EditorCard } from './EditorCard'
import { FieldZone } from './FieldZone'
import { UnassignedLine } from './UnassignedLine'

export function UnassignedCard() {
  const { profile } = useEditor()
  const [showBoilerplate, setShowBoilerplate] = useState(false)
  return (
    <EditorCard
      title="Unassigned lines"
      count={profile.unassigned.length}
      description="Source lines no field could take. Move each into a field, or mark it as boilerplate."
      testId="editor-unassigned"
    >
      {profile.unassigned.length === 0 && (
        <Text c="dimmed" fz="sm" fs="italic">
          Every line has found its place
        </Text>
      )}
      {profile.unassigned.map((line, index) => (
        // Lines can repeat: the index keeps their keys apart.
        <UnassignedLine key={`${index}:${line}`} line={line} />
      ))}
      {profile.boilerplate.length > 0 && (
        <div>
          <Button
            variant="subtle"
            size="compact-sm"
            color="gray"
            aria-expanded={showBoilerplate}
            onClick={() => setShowBoilerplate((s) => !s)}
            data-testid="boilerplate-toggle"
          >
            {showBoilerplate ? 'Hide' : 'Show'} the {profile.boilerplate.length} boilerplate line
            {profile.boilerplate.length === 1 ? '' : 's'}
          </Button>
          <Collapse expanded={showBoilerplate}>
            <Stack gap={4} mt="xs">
              {profile.boilerplate.map((line, index) => (
                <FieldZone key={`${index}:${line}`} field={{ kind: 'boilerplate', text: line }}>
                  <Text fz="xs" c="dimmed" ff="monospace" data-testid="boilerplate-line">
                    {line}
                  </Text>
                </FieldZone>
              ))}
            </Stack>
          </Collapse>
        </div>
      )}
    </EditorCard>
  )
}
