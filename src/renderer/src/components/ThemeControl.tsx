// Auto (follows the OS), light or dark.
import { SegmentedControl, Tooltip } from '@mantine/core'
import type { ThemeChoice } from '../app/useTheme'
import { Icon } from './icons'

const CHOICES = [
  { value: 'auto', icon: 'auto', label: 'Follow the system theme' },
  { value: 'light', icon: 'sun', label: 'Light theme' },
  { value: 'dark', icon: 'moon', label: 'Dark theme' },
] as const

export function ThemeControl({
  theme,
  onChange,
}: {
  theme: ThemeChoice
  onChange: (theme: ThemeChoice) => void
}) {
  return (
    <SegmentedControl
      size="xs"
      value={theme}
      onChange={(value) => onChange(value as ThemeChoice)}
      aria-label="Theme"
      data-testid="theme-control"
      data={CHOICES.map(({ value, icon, label }) => ({
        value,
        label: (
          <Tooltip label={label} withArrow>
            <span style={{ display: 'flex' }} aria-label={label} data-testid={`theme-${value}`}>
              <Icon name={icon} size={15} />
            </span>
          </Tooltip>
        ),
      }))}
    />
  )
}
