// The narrative sections: edited in place, reordered, added, split, merged and deleted. The list is one field
// of the model, so every action saves the whole list as one update (one step of the app's undo), together with
// any text typed into it that was still waiting for its pause.
import { Alert, Button, Stack, Text } from '@mantine/core'
import type { Section } from '../../../../core/model'
import { EditorCard } from './EditorCard'
import { PlusIcon } from './icons'
import { SectionItem } from './SectionItem'
import type { SectionAction } from './SectionToolbar'
import {
  addSection,
  deleteSection,
  mergeWithNext,
  moveSection,
  patchSection,
  splitSection,
} from './sectionOps'
import { useFieldDraft } from './useFieldDraft'

const same = (sections: Section[]) => sections

/**
 * Runs a change that may move the focused element in the page (React moves a reordered section's nodes, and a
 * moved node loses focus), then gives the focus and the text selection back.
 */
function keepingFocus(change: () => void): void {
  const active = document.activeElement
  const field = active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement ? active : null
  const selection = field ? ([field.selectionStart ?? 0, field.selectionEnd ?? 0] as const) : null
  change()
  requestAnimationFrame(() => {
    // Only a focus that was lost to the page is given back: one moved on purpose (to a new heading) stays.
    const lost = document.activeElement === null || document.activeElement === document.body
    if (!(active instanceof HTMLElement) || !active.isConnected || !lost) return
    active.focus({ preventScroll: false })
    if (field && selection) field.setSelectionRange(selection[0], selection[1])
  })
}

/** Puts the cursor in the heading of a section just added, selected, so typing names it. */
function focusHeading(id: string): void {
  requestAnimationFrame(() => {
    const input = document.querySelector<HTMLInputElement>(
      `[data-section="${id}"] [data-testid="section-heading"]`,
    )
    input?.focus()
    input?.select()
  })
}

export function SectionsCard() {
  const sections = useFieldDraft('sections', same, same)
  const list = sections.value

  const save = (next: Section[]) => {
    sections.change(next)
    sections.flush()
  }

  const act = (index: number, action: SectionAction, cursor: number | null) => {
    const section = list[index]
    if (!section) return
    keepingFocus(() => {
      if (action === 'up' || action === 'down') save(moveSection(list, index, action === 'up' ? -1 : 1))
      else if (action === 'merge') save(mergeWithNext(list, index))
      else if (action === 'delete') save(deleteSection(list, index))
      else if (cursor !== null) {
        const next = splitSection(list, index, section.body, cursor)
        save(next)
        focusHeading(next[index + 1]!.id)
      }
    })
  }

  const add = () => {
    const next = addSection(list)
    save(next)
    focusHeading(next[next.length - 1]!.id)
  }

  return (
    <EditorCard
      title="Sections"
      count={list.length}
      description="Paragraphs are separated by a blank line; lines starting “- ” are bullets, “1. ” numbered items, “### ” sub-headings."
      actions={
        <Button size="xs" variant="light" leftSection={<PlusIcon />} onClick={add} data-testid="section-add">
          Add section
        </Button>
      }
      testId="editor-sections"
    >
      {list.length === 0 && (
        <Text c="dimmed" fz="sm" fs="italic">
          No narrative sections
        </Text>
      )}
      <Stack gap="sm">
        {list.map((section, index) => (
          <SectionItem
            key={section.id}
            section={section}
            index={index}
            count={list.length}
            onChange={(patch) => sections.change(patchSection(list, index, patch))}
            onBlur={sections.flush}
            onAction={(action, cursor) => act(index, action, cursor)}
          />
        ))}
      </Stack>
      {sections.error && (
        <Alert color="red" variant="light" title="Not saved" data-testid="sections-error">
          {sections.error}
        </Alert>
      )}
    </EditorCard>
  )
}
