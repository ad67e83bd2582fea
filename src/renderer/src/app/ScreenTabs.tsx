// Which screen the window shows: the profiles, the review queue of suggestions, completeness or the problems
// validation found; and the fill from a reference table, which works on the whole library.
import { Badge, Button, Group, Tabs } from '@mantine/core'
import { Icon } from '../components/icons'
import { useProblems } from './problems'

export type ScreenName = 'library' | 'suggestions' | 'completeness' | 'problems'

interface ScreenTabsProps {
  screen: ScreenName
  onScreen: (screen: ScreenName) => void
  onFill: () => void
  readOnly: boolean
}

export function ScreenTabs({ screen, onScreen, onFill, readOnly }: ScreenTabsProps) {
  const problems = useProblems()
  const withProblems = problems
    ? Object.values(problems.counts).filter((c) => c.error + c.warning > 0).length
    : 0
  return (
    <Group justify="space-between" wrap="nowrap" gap="md">
      <Tabs
        value={screen}
        onChange={(value) => value && onScreen(value as ScreenName)}
        variant="pills"
        radius="md"
      >
        <Tabs.List>
          <Tabs.Tab value="library" data-testid="tab-library">
            Profiles
          </Tabs.Tab>
          <Tabs.Tab value="suggestions" data-testid="tab-suggestions">
            Suggestions
          </Tabs.Tab>
          <Tabs.Tab value="completeness" data-testid="tab-completeness">
            Completeness
          </Tabs.Tab>
          <Tabs.Tab
            value="problems"
            data-testid="tab-problems"
            title={
              withProblems > 0 ? `${withProblems} profiles have errors or warnings` : 'No errors or warnings'
            }
            rightSection={
              withProblems > 0 ? (
                <Badge size="sm" color="yellow" variant="filled" data-testid="problems-count">
                  {withProblems.toLocaleString()}
                </Badge>
              ) : undefined
            }
          >
            Problems
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Button
        variant="light"
        size="sm"
        leftSection={<Icon name="file" size={16} />}
        onClick={onFill}
        disabled={readOnly}
        data-testid="fill-from-table"
      >
        Fill from a table…
      </Button>
    </Group>
  )
}
