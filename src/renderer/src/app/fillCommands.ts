// The commands of filling missing metrics, for the palette and the screen tabs.
import type { CommandInfo } from './commands'

export const FILL_COMMAND_IDS = ['show-suggestions', 'show-completeness', 'fill-from-table'] as const
export type FillCommandId = (typeof FILL_COMMAND_IDS)[number]

export const FILL_PALETTE_COMMANDS: readonly CommandInfo[] = [
  {
    id: 'show-suggestions',
    label: 'Review suggestions',
    description: 'Values for missing metrics found in the narratives, or derived',
    keywords: ['fill', 'missing', 'metrics', 'accept', 'reject', 'queue'],
  },
  {
    id: 'fill-from-table',
    label: 'Fill from a reference table…',
    description: 'Preview and apply the figures of a CSV table',
    keywords: ['csv', 'import', 'metrics', 'statistics'],
  },
  {
    id: 'show-completeness',
    label: 'Show completeness',
    description: 'Each metric: filled, by origin, and missing',
    keywords: ['chart', 'coverage', 'missing', 'origin'],
  },
]
