// The review queue: every suggestion across the library, filtered by metric, confidence and country; the
// focused one's evidence beside the list; accept or reject one or many from the keyboard. Each accept and each
// reject is one command, undone with Ctrl/Cmd+Z.
import { Alert, Button, Group, Kbd, Loader, SegmentedControl, Select, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useMemo, useState } from 'react'
import { METRIC_KEYS, type MetricKey } from '../../../../core/model'
import { call } from '../../api/call'
import { useLibrary } from '../../app/library'
import { METRIC_LABEL } from '../../components/metricLabels'
import { NO_SELECTION, selectedInView, type Selection } from '../library/selection'
import classes from './fill.module.css'
import { counts, filterSuggestions, NO_REVIEW_FILTERS, rowId, type ReviewFilters } from './reviewFilters'
import { NoticesDialog } from './NoticesDialog'
import { SuggestionDetail } from './SuggestionDetail'
import { SuggestionList } from './SuggestionList'
import { useFillData } from './useFillData'

const plural = (n: number, one: string): string => `${n.toLocaleString()} ${one}${n === 1 ? '' : 's'}`

export function ReviewScreen({ onOpen }: { onOpen: (profileId: string) => void }) {
  const { info, mutate } = useLibrary()
  const { data, error } = useFillData('suggestions:list')
  const [filters, setFilters] = useState<ReviewFilters>(NO_REVIEW_FILTERS)
  const [selection, setSelection] = useState<Selection>(NO_SELECTION)
  const [focusId, setFocusId] = useState<string | null>(null)
  const all = useMemo(() => data?.suggestions ?? [], [data])
  const rows = useMemo(() => filterSuggestions(all, filters), [all, filters])
  const order = useMemo(() => rows.map(rowId), [rows])
  const selected = useMemo(() => selectedInView(selection, order), [selection, order])
  const focused = rows.find((s) => rowId(s) === focusId) ?? null
  const metricCounts = useMemo(() => new Map(counts(all, (s) => s.metric)), [all])
  const countries = useMemo(() => counts(all, (s) => s.country || '(no country)'), [all])
  const readOnly = info?.readOnly != null
  const [noticesOpened, noticesDialog] = useDisclosure(false)
  const notices = useMemo(
    () => (data?.notices ?? []).filter((n) => filters.metric === null || n.metric === filters.metric),
    [data, filters.metric],
  )

  const act = async (kind: 'accept' | 'reject') => {
    const targets = selected.length > 0 ? selected : focusId && order.includes(focusId) ? [focusId] : []
    if (targets.length === 0 || readOnly) return
    const gone = new Set(targets)
    const at = Math.max(0, order.indexOf(focusId ?? ''))
    const next =
      order.slice(at).find((id) => !gone.has(id)) ??
      order
        .slice(0, at)
        .reverse()
        .find((id) => !gone.has(id))
    const items = targets.map((id) => {
      const s = rows.find((r) => rowId(r) === id)!
      return { profileId: s.profileId, key: s.key }
    })
    const result = await mutate(kind === 'accept' ? 'Not accepted' : 'Not rejected', () =>
      call(kind === 'accept' ? 'suggestions:accept' : 'suggestions:reject', { items }),
    )
    if (result) {
      setSelection(NO_SELECTION)
      setFocusId(next ?? null)
    }
  }
  const setFilter = (change: Partial<ReviewFilters>) => {
    setFilters({ ...filters, ...change })
    setSelection(NO_SELECTION)
  }

  return (
    <div className={classes.screen} data-testid="review-screen">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Title order={2} fz="lg">
            Suggestions
          </Title>
          <Text c="dimmed" fz="sm" data-testid="review-count">
            {data
              ? `${plural(rows.length, 'suggestion')}${rows.length !== all.length ? ` of ${all.length.toLocaleString()}` : ''}`
              : ''}
            {selected.length > 0 ? ` · ${selected.length.toLocaleString()} selected` : ''}
          </Text>
        </Group>
        <Text c="dimmed" fz="xs" visibleFrom="md">
          <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> move · <Kbd size="xs">Space</Kbd> select ·{' '}
          <Kbd size="xs">A</Kbd> accept · <Kbd size="xs">R</Kbd> reject · <Kbd size="xs">Enter</Kbd> open
        </Text>
      </Group>
      <Group gap="sm" wrap="wrap">
        <Select
          aria-label="Metric"
          placeholder="Every metric"
          clearable
          value={filters.metric}
          onChange={(value) => setFilter({ metric: (value as MetricKey | null) ?? null })}
          data={METRIC_KEYS.filter((k) => metricCounts.has(k)).map((k) => ({
            value: k,
            label: `${METRIC_LABEL[k]} · ${metricCounts.get(k)}`,
          }))}
          w={200}
          data-testid="review-metric"
        />
        <SegmentedControl
          value={filters.level}
          onChange={(value) => setFilter({ level: value as ReviewFilters['level'] })}
          data={[
            { value: 'all', label: 'Any confidence' },
            { value: 'medium', label: 'Medium and up' },
            { value: 'high', label: 'High' },
          ]}
          data-testid="review-level"
        />
        <Select
          aria-label="Country"
          placeholder="Every country"
          clearable
          searchable
          value={filters.country}
          onChange={(value) => setFilter({ country: value })}
          data={countries.map(([c, n]) => ({ value: c, label: `${c} · ${n}` }))}
          w={180}
          data-testid="review-country"
        />
        {notices.length > 0 && (
          <Button
            variant="subtle"
            size="sm"
            ml="auto"
            onClick={noticesDialog.open}
            data-testid="notices-button"
          >
            {plural(notices.length, 'figure')} turned down
          </Button>
        )}
      </Group>
      <NoticesDialog notices={notices} opened={noticesOpened} onClose={noticesDialog.close} />
      {error && !data ? (
        <Alert color="red" variant="light" title="The suggestions could not be listed">
          {error.message}
        </Alert>
      ) : !data ? (
        <div className={classes.empty}>
          <Loader size="sm" />
        </div>
      ) : rows.length === 0 ? (
        <div className={classes.empty} data-testid="review-empty">
          <Text c="dimmed">
            {all.length === 0
              ? 'No suggestions: every missing metric has been reviewed, or the narratives state no figure for it.'
              : 'No suggestion matches these filters.'}
          </Text>
        </div>
      ) : (
        <div className={classes.body}>
          <SuggestionList
            rows={rows}
            focusId={focusId}
            onFocus={setFocusId}
            selection={selection}
            onSelection={setSelection}
            onAccept={() => void act('accept')}
            onReject={() => void act('reject')}
            onOpen={onOpen}
          />
          <SuggestionDetail
            suggestion={focused}
            selected={selected.length}
            readOnly={readOnly}
            onAccept={() => void act('accept')}
            onReject={() => void act('reject')}
            onOpen={onOpen}
          />
        </div>
      )}
    </div>
  )
}
