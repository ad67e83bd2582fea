// About: the app's name and version, as main reports them.
import { Group, Image, Modal, Stack, Text, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import type { AppInfo } from '../../../shared/api'
import { call } from '../api/call'
import { notifyError } from './notify'

export function AboutDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [app, setApp] = useState<AppInfo | null>(null)
  useEffect(() => {
    if (!opened || app) return
    call('app:info', {}).then(setApp, (error: unknown) => notifyError('The version could not be read', error))
  }, [opened, app])

  return (
    <Modal
      opened={opened && app !== null}
      onClose={onClose}
      title="About"
      size="sm"
      centered
      data-testid="about-dialog"
    >
      {app && (
        <Group gap="md" wrap="nowrap" align="flex-start">
          <Image src="./icon.svg" w={48} h={48} alt="" />
          <Stack gap={4}>
            <Title order={2} fz="lg" data-testid="about-name">
              {app.name}
            </Title>
            <Text fz="sm" data-testid="about-version">
              Version {app.version}
            </Text>
            <Text fz="sm" c="dimmed">
              Curates the profiles of the UNESCO Global Network of Learning Cities, offline.
            </Text>
          </Stack>
        </Group>
      )}
    </Modal>
  )
}
