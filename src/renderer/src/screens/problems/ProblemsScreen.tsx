// The problems view: every profile with errors or warnings, each problem with its field, a message and the
// fixes the app can apply; "Go to field" opens the editor on that field. Missing metrics are left out here
// (the library table's Missing column lists them).
import { Badge, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { useMemo, useState } from 'react'
import type { Problem } from '../../../../shared/exportApi'
import { call } from '../../api/call'
import { useLibrary } from '../../app/library'
import { useProblems } from '../../app/problems'
import { useSummaries } from '../../app/summaries'
import { Icon } from '../../components/icons'
import { fieldLabel } from './fieldLabel'

/** Profiles shown at once; a library with more problems than this says how many are left. */
const SHOWN = 200

const plural = (n: number, one: string): string => `${n.toLocaleString()} ${one}${n === 1 ? '' : 's'}`

const SEVERITY_COLOR = { error: 'red', warning: 'yellow', info: 'gray' } as const

interface ProblemsScreenProps {
  onGoTo: (profileId: string, field: string) => void
}

export function ProblemsScreen({ onGoTo }: ProblemsScreenProps) {
  const list = useProblems()
  const { summaries } = useSummaries()
  const { info, mutate } = useLibrary()
  const [only, setOnly] = useState<'all' | 'error'>('all')
  const names = useMemo(
    () =>
      new Map((summaries ?? []).map((s) => [s.id, [s.city, s.country].filter(Boolean).join(', ') || s.id])),
    [summaries],
  )
  const groups = useMemo(() => {
    const byProfile = new Map<string, Problem[]>()
    for (const p of list?.problems ?? []) {
      if (only === 'error' && p.severity !== 'error') continue
      const group = byProfile.get(p.profileId)
      if (group) group.push(p)
      else byProfile.set(p.profileId, [p])
    }
    return [...byProfile.entries()]
  }, [list, only])
  const totals = useMemo(() => {
    let errors = 0
    let warnings = 0
    for (const p of list?.problems ?? []) {
      if (p.severity === 'error') errors += 1
      else if (p.severity === 'warning') warnings += 1
    }
    return { errors, warnings }
  }, [list])

  const fix = (problem: Problem, set: Problem['fixes'][number]['set']) =>
    void mutate('The fix was not applied', () => call('profile:update', { id: problem.profileId, set }))

  return (
    <Stack gap="md" data-testid="problems-screen" maw={1100}>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Title order={2} fz="lg">
            Problems
          </Title>
          <Text c="dimmed" fz="sm" data-testid="problems-summary">
            {list === null
              ? 'Checking the library…'
              : `${plural(totals.errors, 'error')} and ${plural(totals.warnings, 'warning')} in ${plural(new Set(list.problems.map((p) => p.profileId)).size, 'profile')}`}
          </Text>
        </Group>
        <SegmentedControl
          size="sm"
          value={only}
          onChange={(value) => setOnly(value as 'all' | 'error')}
          data={[
            { value: 'all', label: 'Errors and warnings' },
            { value: 'error', label: 'Errors only' },
          ]}
        />
      </Group>
      {list !== null && groups.length === 0 && (
        <Card withBorder padding="xl">
          <Group gap="sm">
            <Icon name="check" size={20} />
            <Text>No {only === 'error' ? 'errors' : 'problems'}: the library is ready to export.</Text>
          </Group>
        </Card>
      )}
      {groups.slice(0, SHOWN).map(([id, problems]) => (
        <Card key={id} withBorder padding="md" data-testid="problems-profile" data-id={id}>
          <Group justify="space-between" mb="xs" wrap="nowrap">
            <Text fw={600}>{names.get(id) ?? id}</Text>
            <Text c="dimmed" fz="xs" ff="monospace">
              {id}
            </Text>
          </Group>
          <Stack gap={6}>
            {problems.map((problem, i) => (
              <Group
                key={i}
                gap="sm"
                wrap="nowrap"
                align="flex-start"
                data-testid="problem"
                data-rule={problem.rule}
              >
                <Badge
                  color={SEVERITY_COLOR[problem.severity]}
                  variant="light"
                  w={96}
                  style={{ flex: 'none' }}
                  styles={{ label: { overflow: 'visible' } }}
                >
                  {problem.severity}
                </Badge>
                <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                  <Text fz="sm">
                    {/* The field's name, unless the message already starts with it. */}
                    {!problem.message.startsWith(fieldLabel(problem.field)) && (
                      <Text span fw={600} fz="sm">
                        {fieldLabel(problem.field)}:{' '}
                      </Text>
                    )}
                    {problem.message}
                  </Text>
                </Stack>
                <Group gap={6} wrap="nowrap" style={{ flex: 'none' }}>
                  {problem.fixes.map((f) => (
                    <Button
                      key={f.label}
                      size="compact-sm"
                      variant="light"
                      disabled={info?.readOnly != null}
                      onClick={() => fix(problem, f.set)}
                      data-testid="problem-fix"
                    >
                      {f.label}
                    </Button>
                  ))}
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => onGoTo(problem.profileId, problem.field)}
                    data-testid="problem-go"
                  >
                    Go to field
                  </Button>
                </Group>
              </Group>
            ))}
          </Stack>
        </Card>
      ))}
      {groups.length > SHOWN && (
        <Text c="dimmed" fz="sm">
          And {groups.length - SHOWN} more profiles with problems: fix these first, or filter with Errors
          only.
        </Text>
      )}
    </Stack>
  )
}
