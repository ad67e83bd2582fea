// The export dialog: formats, which profiles (status, country, problems), the target folder (the native folder
// dialog), a warning when the profiles to export still have problems, a progress bar, and at the end what was
// written with a button that shows the folder in the file manager.
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  Progress,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { useMemo, useState } from 'react'
import { StatusSchema } from '../../../../core/model'
import { call } from '../../api/call'
import { notifyError } from '../../app/notify'
import { useProblems } from '../../app/problems'
import { useSummaries } from '../../app/summaries'
import { STATUS_LABEL } from '../../components/status'
import { FORMAT_CHOICES, selection, toFilter, type ExportChoices, type ProblemChoice } from './exportOptions'
import { useExport } from './useExport'

interface ExportDialogProps {
  opened: boolean
  onClose: () => void
  onShowProblems: () => void
}

export function ExportDialog({ opened, onClose, onShowProblems }: ExportDialogProps) {
  const { summaries } = useSummaries()
  const problems = useProblems()
  const { state, start, reset } = useExport()
  const [out, setOut] = useState('')
  const [choices, setChoices] = useState<ExportChoices>({
    formats: ['csv', 'datapackage', 'json'],
    status: [],
    countries: [],
    problems: 'all',
  })
  const countries = useMemo(
    () => [...new Set((summaries ?? []).filter((s) => !s.deleted && s.country).map((s) => s.country))].sort(),
    [summaries],
  )
  const selected = useMemo(
    () => selection(summaries ?? [], problems?.counts ?? null, choices),
    [summaries, problems, choices],
  )
  const set = (patch: Partial<ExportChoices>) => setChoices((c) => ({ ...c, ...patch }))

  const choose = async () => {
    try {
      const paths = await call('library:choose', { purpose: 'export-folder' })
      if (paths?.[0]) setOut(paths[0])
    } catch (error) {
      notifyError('The folder could not be chosen', error)
    }
  }
  const reveal = async (path: string) => {
    try {
      if (!(await call('export:reveal', { path }))) notifyError('No file manager here', new Error(path))
    } catch (error) {
      notifyError('The folder could not be shown', error)
    }
  }
  const close = () => {
    if (state.phase === 'running') return
    reset()
    onClose()
  }

  const running = state.phase === 'running'
  const ready = choices.formats.length > 0 && out !== '' && selected.profiles > 0

  return (
    <Modal opened={opened} onClose={close} title="Export the dataset" size="lg" data-testid="export-dialog">
      {state.phase === 'done' ? (
        <Stack gap="md" data-testid="export-done">
          <Alert color="teal" title={`Exported ${state.report.profiles} profiles`}>
            <Text fz="sm">
              {state.report.files.filter((f) => !f.startsWith('markdown/')).join(', ')}
              {state.report.files.some((f) => f.startsWith('markdown/')) &&
                `${state.report.files.length > 0 ? ', ' : ''}markdown/ (${state.report.files.filter((f) => f.startsWith('markdown/')).length} files)`}
            </Text>
            <Text fz="sm" ff="monospace" mt={6} data-testid="export-folder">
              {state.report.out}
            </Text>
          </Alert>
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => void reveal(state.report.out)}
              data-testid="export-reveal"
            >
              Show in file manager
            </Button>
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Checkbox.Group
            label="Formats"
            value={choices.formats}
            onChange={(v) => set({ formats: v as ExportChoices['formats'] })}
          >
            <SimpleGrid cols={2} spacing="sm" verticalSpacing={8} mt={6}>
              {FORMAT_CHOICES.map((f) => (
                <Checkbox
                  key={f.value}
                  value={f.value}
                  label={f.label}
                  description={f.description}
                  disabled={running}
                  data-testid={`export-format-${f.value}`}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Group grow align="flex-start">
            <MultiSelect
              label="Status"
              placeholder={choices.status.length ? undefined : 'Any status'}
              data={StatusSchema.options.map((s) => ({ value: s, label: STATUS_LABEL[s] }))}
              value={choices.status}
              onChange={(v) => set({ status: v as ExportChoices['status'] })}
              disabled={running}
              clearable
            />
            <MultiSelect
              label="Country"
              placeholder={choices.countries.length ? undefined : 'Any country'}
              data={countries}
              value={choices.countries}
              onChange={(v) => set({ countries: v })}
              disabled={running}
              searchable
              clearable
            />
          </Group>
          <Stack gap={4}>
            <Text fz="sm" fw={500}>
              Problems
            </Text>
            <SegmentedControl
              value={choices.problems}
              onChange={(v) => set({ problems: v as ProblemChoice })}
              disabled={running}
              data={[
                { value: 'all', label: 'All profiles' },
                { value: 'without', label: 'Only without problems' },
                { value: 'with', label: 'Only with problems' },
              ]}
            />
          </Stack>
          <Group align="flex-end" wrap="nowrap">
            <TextInput
              label="Folder"
              placeholder="Choose the folder to export into"
              value={out}
              readOnly
              flex={1}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              data-testid="export-out"
            />
            <Button
              variant="default"
              onClick={() => void choose()}
              disabled={running}
              data-testid="export-choose"
            >
              Choose…
            </Button>
          </Group>
          {selected.withProblems > 0 && !running && (
            <Alert color="yellow" title="Problems remain" data-testid="export-warning">
              <Text fz="sm">
                {selected.withProblems} of the {selected.profiles} profiles to export{' '}
                {selected.withProblems === 1 ? 'has' : 'have'} errors or warnings. The export writes them as
                they are (cleaned of boilerplate and damage, never guessed).
              </Text>
              <Button variant="subtle" size="compact-sm" mt={6} onClick={onShowProblems}>
                Review the problems
              </Button>
            </Alert>
          )}
          {state.phase === 'failed' && (
            <Alert
              color="red"
              title="The export failed; nothing was changed in the folder"
              data-testid="export-error"
            >
              {state.error}
            </Alert>
          )}
          {running && (
            <Stack gap={4} data-testid="export-progress">
              <Progress
                value={state.job.total > 0 ? (state.job.done / state.job.total) * 100 : 0}
                animated
                aria-label="Export progress"
              />
              <Text fz="xs" c="dimmed">
                {state.job.total > 0
                  ? `${state.job.done} of ${state.job.total} files`
                  : 'Checking the profiles…'}
              </Text>
            </Stack>
          )}
          <Group justify="space-between">
            <Text fz="sm" c="dimmed" data-testid="export-count">
              {selected.profiles} {selected.profiles === 1 ? 'profile' : 'profiles'} selected
            </Text>
            <Group gap="sm">
              <Button variant="default" onClick={close} disabled={running}>
                Cancel
              </Button>
              <Button
                onClick={() => void start(out, choices.formats, toFilter(choices))}
                disabled={!ready}
                loading={running}
                data-testid="export-start"
              >
                Export
              </Button>
            </Group>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
