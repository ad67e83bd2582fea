// The header: which library this is and where it lives, whether changes are saved, and the tools used from
// every screen (import, undo and redo, the command palette, the theme).
import { Button, Group, Image, Kbd, Menu, Stack, Text, Title } from '@mantine/core'
import type { LibraryInfo } from '../../../shared/api'
import { MOD } from '../app/commands'
import type { CommandId } from '../app/commands'
import type { ShownSaving } from '../app/savingState'
import type { ThemeChoice } from '../app/useTheme'
import { ExportButton } from './ExportButton'
import { Icon } from './icons'
import { SavingIndicator } from './SavingIndicator'
import { ThemeControl } from './ThemeControl'
import { UndoRedo } from './UndoRedo'

interface AppHeaderProps {
  info: LibraryInfo | null
  saving: ShownSaving
  theme: ThemeChoice
  onTheme: (theme: ThemeChoice) => void
  onCommand: (command: CommandId) => void
}

export function AppHeader({ info, saving, theme, onTheme, onCommand }: AppHeaderProps) {
  const readOnly = info?.readOnly != null
  return (
    <Group h="100%" px="lg" gap="md" wrap="nowrap" justify="space-between">
      <Group gap="sm" wrap="nowrap" miw={0}>
        {/* public/icon.svg, beside index.html in dev and in the build */}
        <Image src="./icon.svg" w={28} h={28} alt="" />
        <Stack gap={0} miw={0}>
          <Title order={1} fz="md" lh={1.25} lineClamp={1} data-testid="library-name">
            {info ? (info.isDefault ? 'Default library' : info.name) : 'Profile Curator'}
          </Title>
          {/* Cut at the start, so that the folder's own name stays; the marks keep the path's slashes in place
              inside the right-to-left box that cuts it. */}
          <Text
            fz="xs"
            c="dimmed"
            truncate="start"
            title={info?.dir}
            ff="monospace"
            data-testid="library-folder"
          >
            {info ? `\u200e${info.dir}\u200e` : '\u00a0'}
          </Text>
        </Stack>
      </Group>
      <Group gap="sm" wrap="nowrap" style={{ flex: 'none' }}>
        <SavingIndicator state={saving} />
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button
              variant="light"
              leftSection={<Icon name="import" size={16} />}
              disabled={readOnly}
              data-testid="import-button"
            >
              Import
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              onClick={() => onCommand('import-files')}
              rightSection={<Kbd size="xs">{MOD}+I</Kbd>}
              data-testid="import-files"
            >
              Files…
            </Menu.Item>
            <Menu.Item
              onClick={() => onCommand('import-folder')}
              rightSection={<Kbd size="xs">{MOD}+Shift+I</Kbd>}
              data-testid="import-folder"
            >
              A folder…
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <ExportButton onExport={() => onCommand('export')} />
        <UndoRedo
          undo={info?.undo ?? null}
          redo={info?.redo ?? null}
          disabled={readOnly}
          onUndo={() => onCommand('undo')}
          onRedo={() => onCommand('redo')}
        />
        <Button
          variant="default"
          c="dimmed"
          fw={400}
          leftSection={<Icon name="command" size={15} />}
          rightSection={<Kbd size="xs">{MOD}+K</Kbd>}
          onClick={() => onCommand('command-palette')}
          data-testid="palette-button"
        >
          Commands
        </Button>
        <ThemeControl theme={theme} onChange={onTheme} />
      </Group>
    </Group>
  )
}
