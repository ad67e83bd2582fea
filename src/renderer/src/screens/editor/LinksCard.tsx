// The profile's web links. An address must be one a browser can open (checked here: the model accepts any
// text), and a link opens in the system browser: main turns target=_blank into an external open.
import { ActionIcon, Alert, Anchor, Button, Group, Paper, Text, TextInput, Tooltip } from '@mantine/core'
import type { Link } from '../../../../core/model'
import { useEditor } from './editorContext'
import { EditorCard } from './EditorCard'
import { FieldZone } from './FieldZone'
import { ExternalIcon, PlusIcon, TrashIcon } from './icons'
import { urlProblem, urlRepair } from './linkCheck'
import { fieldProblem } from './useFieldDraft'
import { useDraft } from './useDraft'
import classes from './editor.module.css'

function focusLastUrl(): void {
  requestAnimationFrame(() => {
    const urls = document.querySelectorAll<HTMLInputElement>('[data-testid="link-url"]')
    urls[urls.length - 1]?.focus()
  })
}

export function LinksCard() {
  const { profile, update } = useEditor()
  const links = useDraft('links', profile.links, (value) => {
    const bad = value.findIndex((link) => urlProblem(link.url) !== null)
    if (bad >= 0) return `Link ${bad + 1}: ${urlProblem(value[bad]!.url)}`
    return fieldProblem('links', value) ?? update(() => ({ links: value }))
  })
  const list = links.value
  const edit = (index: number, patch: Partial<Link>) =>
    links.change(list.map((l, i) => (i === index ? { ...l, ...patch } : l)))
  const save = (next: Link[]) => {
    links.change(next)
    links.flush()
  }

  return (
    <EditorCard
      title="Links"
      count={list.length}
      actions={
        <Button
          size="xs"
          variant="light"
          leftSection={<PlusIcon />}
          onClick={() => {
            links.stage([...list, { label: '', url: '' }])
            focusLastUrl()
          }}
          data-testid="link-add"
        >
          Add link
        </Button>
      }
      testId="editor-links"
    >
      {list.length === 0 && (
        <Text c="dimmed" fz="sm" fs="italic">
          No links
        </Text>
      )}
      {list.map((link, index) => {
        // An empty address of a row just added is not flagged before a save was tried.
        const problem = link.url === '' && !links.error ? null : urlProblem(link.url)
        const repair = problem ? urlRepair(link.url) : null
        return (
          <FieldZone key={index} field={{ kind: 'link', index }}>
            <Paper withBorder radius="md" p="sm" data-testid="editor-link">
              <Group align="flex-start" wrap="nowrap" gap="xs">
                <TextInput
                  w="32%"
                  label="Label"
                  placeholder="City website"
                  value={link.label}
                  onChange={(e) => edit(index, { label: e.currentTarget.value })}
                  onBlur={links.flush}
                  data-testid="link-label"
                />
                <TextInput
                  flex={1}
                  miw={0}
                  label="Address"
                  placeholder="https://"
                  value={link.url}
                  error={problem}
                  onChange={(e) => edit(index, { url: e.currentTarget.value })}
                  onBlur={links.flush}
                  data-testid="link-url"
                />
                <Group gap={2} mt={26} wrap="nowrap" className={classes.toolbar}>
                  <Tooltip label={problem ? 'Fix the address to open it' : 'Open in the browser'} withArrow>
                    <ActionIcon
                      component="a"
                      href={problem ? undefined : link.url}
                      target="_blank"
                      rel="noreferrer"
                      variant="subtle"
                      color="gray"
                      aria-label={`Open ${link.label || link.url} in the browser`}
                      aria-disabled={problem !== null}
                      data-disabled={problem !== null || undefined}
                      data-testid="link-open"
                    >
                      <ExternalIcon />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label="Remove the link" withArrow>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove link ${link.label || index + 1}`}
                      onClick={() => save(list.filter((_, i) => i !== index))}
                      data-testid="link-remove"
                    >
                      <TrashIcon />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Group>
              {repair && (
                <Text fz="xs" mt={6}>
                  Did you mean{' '}
                  <Anchor
                    component="button"
                    type="button"
                    fz="xs"
                    onClick={() => save(list.map((l, i) => (i === index ? { ...l, url: repair } : l)))}
                    data-testid="link-repair"
                  >
                    {repair}
                  </Anchor>
                  ?
                </Text>
              )}
            </Paper>
          </FieldZone>
        )
      })}
      {links.error && !list.some((l) => urlProblem(l.url)) && (
        <Alert color="red" variant="light" title="Not saved" data-testid="links-error">
          {links.error}
        </Alert>
      )}
    </EditorCard>
  )
}
