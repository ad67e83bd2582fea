import { Drawer, Group, Stack, Text, Title } from '@mantine/core'
import { LayoutBadge } from '../../components/LayoutBadge'
import type { SampleRow } from '../samples/sampleRows'
import { ProfileDetail } from './ProfileDetail'

interface ProfileDrawerProps {
  /** Kept while the drawer closes so its content does not vanish mid-animation. */
  row: SampleRow | null
  opened: boolean
  onClose: () => void
}

export function ProfileDrawer({ row, opened, onClose }: ProfileDrawerProps) {
  const profile = row?.document.profile
  return (
    <Drawer
      opened={opened && row !== null}
      onClose={onClose}
      position="right"
      size="min(800px, 78vw)"
      padding="xl"
      data-testid="profile-drawer"
      title={
        profile && (
          <Stack gap={2}>
            <Group gap="sm">
              <Title order={2} fz={22} data-testid="profile-city">
                {profile.city || 'Unknown city'}
              </Title>
              <LayoutBadge layout={row.document.layout} />
            </Group>
            <Text fz="sm" c="dimmed">
              {profile.country || 'Unknown country'} · {row.file}
            </Text>
          </Stack>
        )
      }
    >
      {row && <ProfileDetail document={row.document} />}
    </Drawer>
  )
}
