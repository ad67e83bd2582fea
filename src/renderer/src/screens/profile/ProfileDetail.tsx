import { DataList, Stack, Text, Title } from '@mantine/core'
import type { Profile } from '../../../../core/model'
import { ContactsList, LinksList } from './ContactsList'
import { DetailBlock, NoneYet } from './DetailBlock'
import { LineList } from './LineList'
import { MetricsTable } from './MetricsTable'
import { SectionBody } from './SectionBody'

function Identity({ profile }: { profile: Profile }) {
  const items: [string, string][] = [
    ['City', profile.city || '—'],
    ['Country', profile.country || '—'],
    ['Layout', profile.source.layout],
    ['Source file', profile.source.file ?? '—'],
    ...profile.extraFields.map((field): [string, string] => [field.label, field.value]),
  ]
  return (
    <DataList size="sm" labelWidth={140} data-testid="profile-identity">
      {items.map(([label, value], index) => (
        <DataList.Item key={index}>
          <DataList.ItemLabel>{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  )
}

export function ProfileDetail({ profile }: { profile: Profile }) {
  return (
    <Stack gap={36} pb="xl" data-testid="profile-detail">
      {profile.headline ? (
        <Title order={3} fz="xl" fw={600} lh={1.35} data-testid="profile-headline">
          {profile.headline}
        </Title>
      ) : (
        <Text c="dimmed" fs="italic" data-testid="profile-headline">
          No headline found
        </Text>
      )}

      <DetailBlock title="Identity" testId="profile-identity-block">
        <Identity profile={profile} />
      </DetailBlock>

      <DetailBlock title="Metrics" testId="profile-metrics-block">
        <MetricsTable metrics={profile.metrics} />
      </DetailBlock>

      <DetailBlock title="Sections" count={profile.sections.length} testId="profile-sections">
        {profile.sections.length === 0 && <NoneYet>No narrative sections found</NoneYet>}
        <Stack gap="xl">
          {profile.sections.map((section) => (
            <Stack key={section.id} gap="xs" data-testid="profile-section">
              <Title
                order={4}
                fz="md"
                c={section.heading ? undefined : 'dimmed'}
                data-testid="profile-section-heading"
              >
                {section.heading ?? 'Introduction'}
              </Title>
              <SectionBody body={section.body} />
            </Stack>
          ))}
        </Stack>
      </DetailBlock>

      <DetailBlock title="Contacts" count={profile.contacts.length} testId="profile-contacts">
        <ContactsList contacts={profile.contacts} />
      </DetailBlock>

      <DetailBlock title="Links" count={profile.links.length} testId="profile-links">
        <LinksList links={profile.links} />
      </DetailBlock>

      <DetailBlock title="Unassigned lines" count={profile.unassigned.length} testId="profile-unassigned">
        <LineList
          lines={profile.unassigned}
          empty="Every line found a place"
          testId="profile-unassigned-line"
        />
      </DetailBlock>

      <DetailBlock title="Boilerplate" count={profile.boilerplate.length} testId="profile-boilerplate">
        <LineList
          lines={profile.boilerplate}
          empty="No boilerplate recognised"
          testId="profile-boilerplate-line"
        />
      </DetailBlock>
    </Stack>
  )
}
