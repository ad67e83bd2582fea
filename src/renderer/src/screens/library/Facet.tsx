// One facet: a title, a clear button while it filters, and its values with their counts.
import { Group, Stack, Text, UnstyledButton } from '@mantine/core'
import type { ReactNode } from 'react'
import classes from './Facet.module.css'

interface FacetProps {
  title: string
  active: boolean
  onClear: () => void
  children: ReactNode
  testId: string
}

export function Facet({ title, active, onClear, children, testId }: FacetProps) {
  return (
    <Stack gap={2} data-testid={testId}>
      <Group justify="space-between" h={24} wrap="nowrap">
        <Text fz="xs" fw={700} tt="uppercase" c="dimmed" lts={0.4}>
          {title}
        </Text>
        {active && (
          <UnstyledButton className={classes.clear} onClick={onClear}>
            Clear
          </UnstyledButton>
        )}
      </Group>
      {children}
    </Stack>
  )
}

interface FacetValueProps {
  label: string
  title?: string
  count: number
  checked: boolean
  onToggle: () => void
  testId: string
}

export function FacetValue({ label, title, count, checked, onToggle, testId }: FacetValueProps) {
  return (
    <UnstyledButton
      role="checkbox"
      aria-checked={checked}
      className={classes.value}
      data-checked={checked || undefined}
      data-empty={count === 0 || undefined}
      onClick={onToggle}
      title={title}
      data-testid={testId}
    >
      <span className={classes.box} aria-hidden />
      <span className={classes.label}>{label}</span>
      <span className={classes.count} data-testid="facet-count">
        {count.toLocaleString()}
      </span>
    </UnstyledButton>
  )
}
