// The command palette (Ctrl/Cmd+K): go to a profile by city or country, run any command, switch to a recent
// library. What it lists is computed here from the query, so 100,000 profiles never become 100,000 actions.
import { Badge, Group, Kbd, Text } from '@mantine/core'
import { Spotlight } from '@mantine/spotlight'
import { useMemo, useState } from 'react'
import type { ProfileSummary } from '../../../../core/library/summary'
import type { LibraryInfo } from '../../../../shared/api'
import { Icon } from '../../components/icons'
import { STATUS_COLOR, STATUS_LABEL } from '../../components/status'
import { PALETTE_COMMANDS, type CommandId } from '../commands'
import classes from './CommandPalette.module.css'
import { matchCommands, matchProfiles, profileIndex } from './paletteMatch'

const PROFILE_LIMIT = 8

interface CommandPaletteProps {
  summaries: readonly ProfileSummary[] | null
  info: LibraryInfo | null
  onCommand: (command: CommandId) => void
  onOpenProfile: (id: string) => void
  onOpenRecent: (dir: string) => void
}

export function CommandPalette({
  summaries,
  info,
  onCommand,
  onOpenProfile,
  onOpenRecent,
}: CommandPaletteProps) {
  const [query, setQuery] = useState('')
  const [opened, setOpened] = useState(false)
  // Built only while the palette is open: at 100,000 profiles the index costs a tenth of a second, too much to
  // pay again behind every edit that refreshes the list.
  const index = useMemo(() => (opened ? profileIndex(summaries ?? []) : []), [opened, summaries])
  const profiles = useMemo(() => matchProfiles(index, query, PROFILE_LIMIT), [index, query])
  // Undo and redo are listed only when they would do something, with what they would do.
  const commands = matchCommands(PALETTE_COMMANDS, query).filter(
    (command) => (command.id !== 'undo' || info?.undo) && (command.id !== 'redo' || info?.redo),
  )
  const wanted = query.trim().toLowerCase()
  const recent = (info?.recent ?? []).filter(
    (dir) => dir !== info?.dir && (wanted === '' || dir.toLowerCase().includes(wanted)),
  )

  const describe = (id: CommandId, fallback: string) =>
    id === 'undo' ? `Undo ${info?.undo}` : id === 'redo' ? `Redo ${info?.redo}` : fallback
  const nothing = profiles.length + commands.length + recent.length === 0

  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      shortcut="mod + K"
      // The palette opens from the search box too: Ctrl+K there is not a character anyone types.
      tagsToIgnore={[]}
      onSpotlightOpen={() => setOpened(true)}
      onSpotlightClose={() => setOpened(false)}
      scrollable
      maxHeight={440}
      data-testid="command-palette"
    >
      <Spotlight.Search
        placeholder="Go to a city or country, or run a command…"
        leftSection={<Icon name="search" size={18} />}
        data-testid="palette-search"
      />
      <Spotlight.ActionsList>
        {profiles.length > 0 && (
          <Spotlight.ActionsGroup label="Profiles">
            {profiles.map((summary) => (
              <Spotlight.Action
                key={summary.id}
                onClick={() => onOpenProfile(summary.id)}
                data-testid="palette-profile"
              >
                <Group wrap="nowrap" w="100%" gap="sm">
                  <Text fz="sm" fw={600} truncate="end">
                    {summary.city || 'Unknown city'}
                  </Text>
                  <Text fz="sm" truncate="end" flex={1} className={classes.secondary}>
                    {summary.country}
                  </Text>
                  <Badge size="sm" variant="light" radius="sm" tt="none" color={STATUS_COLOR[summary.status]}>
                    {STATUS_LABEL[summary.status]}
                  </Badge>
                </Group>
              </Spotlight.Action>
            ))}
          </Spotlight.ActionsGroup>
        )}
        {commands.length > 0 && (
          <Spotlight.ActionsGroup label="Commands">
            {commands.map((command) => (
              <Spotlight.Action
                key={command.id}
                label={describe(command.id, command.label)}
                description={command.description}
                rightSection={command.shortcut && <Kbd size="xs">{command.shortcut}</Kbd>}
                onClick={() => onCommand(command.id)}
                data-testid={`palette-command-${command.id}`}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {recent.length > 0 && (
          <Spotlight.ActionsGroup label="Recent libraries">
            {recent.map((dir) => (
              <Spotlight.Action
                key={dir}
                label={dir.split(/[\\/]/).filter(Boolean).pop() ?? dir}
                description={dir}
                leftSection={<Icon name="folder" size={18} />}
                onClick={() => onOpenRecent(dir)}
                data-testid="palette-recent"
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {nothing && <Spotlight.Empty>Nothing matches “{query.trim()}”.</Spotlight.Empty>}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  )
}
