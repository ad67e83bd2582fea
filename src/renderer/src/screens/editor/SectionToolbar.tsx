// The structural actions of one section. Each is one `sections` update, so each is one step of the app's undo.
import { ActionIcon, Group, Tooltip } from '@mantine/core'
import type { ReactNode } from 'react'
import classes from './editor.module.css'
import { ArrowDownIcon, ArrowUpIcon, MergeIcon, SplitIcon, TrashIcon } from './icons'

export type SectionAction = 'up' | 'down' | 'split' | 'merge' | 'delete'

interface ToolbarProps {
  title: string
  isFirst: boolean
  isLast: boolean
  /** Split needs a cursor in the body: where to split. */
  canSplit: boolean
  onAction: (action: SectionAction) => void
}

function Action(props: {
  label: string
  testId: string
  disabled: boolean
  onClick: () => void
  children: ReactNode
  danger?: boolean
}) {
  return (
    <Tooltip label={props.label} withArrow openDelay={300}>
      <ActionIcon
        variant="subtle"
        color={props.danger ? 'red' : 'gray'}
        aria-label={props.label}
        disabled={props.disabled}
        onClick={props.onClick}
        data-testid={props.testId}
      >
        {props.children}
      </ActionIcon>
    </Tooltip>
  )
}

export function SectionToolbar({ title, isFirst, isLast, canSplit, onAction }: ToolbarProps) {
  return (
    <Group gap={2} wrap="nowrap" role="toolbar" aria-label={`${title}: actions`} className={classes.toolbar}>
      <Action label="Move up (Alt+↑)" testId="section-up" disabled={isFirst} onClick={() => onAction('up')}>
        <ArrowUpIcon />
      </Action>
      <Action
        label="Move down (Alt+↓)"
        testId="section-down"
        disabled={isLast}
        onClick={() => onAction('down')}
      >
        <ArrowDownIcon />
      </Action>
      <Action
        label={canSplit ? 'Split at the cursor' : 'Split: place the cursor in the text first'}
        testId="section-split"
        disabled={!canSplit}
        onClick={() => onAction('split')}
      >
        <SplitIcon />
      </Action>
      <Action
        label="Merge with the next section"
        testId="section-merge"
        disabled={isLast}
        onClick={() => onAction('merge')}
      >
        <MergeIcon />
      </Action>
      <Action
        label="Delete the section"
        testId="section-delete"
        disabled={false}
        danger
        onClick={() => onAction('delete')}
      >
        <TrashIcon />
      </Action>
    </Group>
  )
}
