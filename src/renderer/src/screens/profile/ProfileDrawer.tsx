// A read-only view of one stored profile, opened from the library, until the profile editor replaces it.
import { Alert, Drawer, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import type { ProfileView } from '../../../../shared/api'
import { asApiError, call } from '../../api/call'
import { LayoutBadge } from '../../components/LayoutBadge'
import { ProfileDetail } from './ProfileDetail'

interface Shown {
  id: string
  view: ProfileView | null
  error: string | null
}

export function ProfileDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  // The last profile shown stays while the drawer slides out, so its content does not vanish mid-animation.
  const [shown, setShown] = useState<Shown | null>(null)

  useEffect(() => {
    if (id === null) return
    let current = true
    setShown({ id, view: null, error: null })
    call('profile:get', { id }).then(
      (view) => current && setShown({ id, view, error: null }),
      (error: unknown) => current && setShown({ id, view: null, error: asApiError(error).message }),
    )
    return () => {
      current = false
    }
  }, [id])

  const profile = shown?.view?.record.profile
  return (
    <Drawer
      opened={id !== null}
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
              <LayoutBadge layout={profile.source.layout} />
            </Group>
            <Text fz="sm" c="dimmed">
              {profile.country || 'Unknown country'}
              {profile.source.file ? ` · ${profile.source.file}` : ''}
            </Text>
          </Stack>
        )
      }
    >
      {shown?.error && (
        <Alert color="red" variant="light" title="The profile could not be read">
          {shown.error}
        </Alert>
      )}
      {!profile && !shown?.error && <Loader size="sm" />}
      {profile && <ProfileDetail profile={profile} />}
    </Drawer>
  )
}
