import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import type { Contact, Link } from '../../../../core/model'
import { NoneYet } from './DetailBlock'

export function ContactsList({ contacts }: { contacts: Contact[] }) {
  if (contacts.length === 0) return <NoneYet>No contacts found</NoneYet>
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      {contacts.map((contact, index) => (
        <Paper key={index} withBorder p="sm" radius="md" data-testid="profile-contact">
          <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
            <Text fz="sm" fw={600}>
              {contact.name}
            </Text>
            <Badge size="xs" variant="light" radius="sm">
              {contact.role}
            </Badge>
          </Group>
          {contact.title && (
            <Text fz="xs" c="dimmed" mt={2}>
              {contact.title}
            </Text>
          )}
          {contact.email && (
            <Anchor fz="xs" href={`mailto:${contact.email}`} target="_blank" rel="noreferrer">
              {contact.email}
            </Anchor>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  )
}

export function LinksList({ links }: { links: Link[] }) {
  if (links.length === 0) return <NoneYet>No links found</NoneYet>
  return (
    <Stack gap={6}>
      {links.map((link, index) => (
        <Group key={index} gap="xs" wrap="nowrap" data-testid="profile-link">
          {link.label && (
            <Text fz="sm" fw={500}>
              {link.label}:
            </Text>
          )}
          {/* Opened by main in the user's browser: the window itself never navigates. */}
          <Anchor
            fz="sm"
            href={link.url}
            target="_blank"
            rel="noreferrer"
            style={{ overflowWrap: 'anywhere' }}
          >
            {link.url}
          </Anchor>
        </Group>
      ))}
    </Stack>
  )
}
