// The people named by the profile: mayor, focal point, contact persons, quote speakers.
import {
  ActionIcon,
  Alert,
  Autocomplete,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core'
import { z } from 'zod'
import { ContactSchema, type Contact } from '../../../../core/model'
import { useEditor } from './editorContext'
import { EditorCard } from './EditorCard'
import { FieldZone } from './FieldZone'
import { PlusIcon, TrashIcon } from './icons'
import { issuesAt } from './listIssues'
import { useDraft } from './useDraft'

const CONTACTS = z.array(ContactSchema)
/** The roles docs/model.md names; any other role can be typed. */
const ROLES = ['mayor', 'focal point', 'contact', 'speaker']
const orNull = (text: string): string | null => (text === '' ? null : text)

/** Puts the cursor in the name of the contact just added. */
function focusLastName(): void {
  requestAnimationFrame(() => {
    const names = document.querySelectorAll<HTMLInputElement>('[data-testid="contact-name"]')
    names[names.length - 1]?.focus()
  })
}

export function ContactsCard() {
  const { profile, update } = useEditor()
  const contacts = useDraft('contacts', profile.contacts, (value) => {
    const [first] = issuesAt(CONTACTS, value)
    if (first) {
      const [row, field] = first[0].split('.')
      return `Contact ${Number(row) + 1}, ${field}: ${first[1]}`
    }
    return update(() => ({ contacts: value }))
  })
  const list = contacts.value
  // Objections show once a save was tried, so a row just added is not red before anything is typed in it.
  const issues = contacts.error ? issuesAt(CONTACTS, list) : new Map<string, string>()
  const edit = (index: number, patch: Partial<Contact>) =>
    contacts.change(list.map((c, i) => (i === index ? { ...c, ...patch } : c)))

  return (
    <EditorCard
      title="Contacts"
      count={list.length}
      actions={
        <Button
          size="xs"
          variant="light"
          leftSection={<PlusIcon />}
          onClick={() => {
            contacts.stage([...list, { role: 'contact', name: '', title: null, email: null }])
            focusLastName()
          }}
          data-testid="contact-add"
        >
          Add contact
        </Button>
      }
      testId="editor-contacts"
    >
      {list.length === 0 && (
        <Text c="dimmed" fz="sm" fs="italic">
          No contacts
        </Text>
      )}
      {list.map((contact, index) => (
        <FieldZone key={index} field={{ kind: 'contact', index }}>
          <Paper withBorder radius="md" p="sm" data-testid="editor-contact">
            <Group align="flex-start" wrap="nowrap" gap="xs">
              {/* A title is often long (Mayor of the Municipal Government of …): it gets the whole row. */}
              <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs" flex={1}>
                <TextInput
                  label="Name"
                  value={contact.name}
                  error={issues.get(`${index}.name`)}
                  onChange={(e) => edit(index, { name: e.currentTarget.value })}
                  onBlur={contacts.flush}
                  data-testid="contact-name"
                />
                <Autocomplete
                  label="Role"
                  data={ROLES}
                  value={contact.role}
                  error={issues.get(`${index}.role`)}
                  onChange={(role) => edit(index, { role })}
                  onBlur={contacts.flush}
                  data-testid="contact-role"
                />
                <TextInput
                  label="Title"
                  style={{ gridColumn: '1 / -1' }}
                  value={contact.title ?? ''}
                  onChange={(e) => edit(index, { title: orNull(e.currentTarget.value) })}
                  onBlur={contacts.flush}
                  data-testid="contact-title"
                />
                <TextInput
                  label="Email"
                  type="email"
                  value={contact.email ?? ''}
                  onChange={(e) => edit(index, { email: orNull(e.currentTarget.value) })}
                  onBlur={contacts.flush}
                  data-testid="contact-email"
                />
              </SimpleGrid>
              <Tooltip label="Remove the contact" withArrow>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={26}
                  aria-label={`Remove contact ${contact.name || index + 1}`}
                  onClick={() => {
                    contacts.change(list.filter((_, i) => i !== index))
                    contacts.flush()
                  }}
                  data-testid="contact-remove"
                >
                  <TrashIcon />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Paper>
        </FieldZone>
      ))}
      {contacts.error && issues.size === 0 && (
        <Alert color="red" variant="light" title="Not saved" data-testid="contacts-error">
          {contacts.error}
        </Alert>
      )}
    </EditorCard>
  )
}
