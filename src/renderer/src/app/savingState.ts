export type SavingState = 'saving' | 'saved' | 'error'
/** `idle` until anything has been written in this window. */
export type ShownSaving = SavingState | 'idle'

/** One state for the header from every screen's: a write in progress first, then a failure, then saved. */
export function combineSaving(states: SavingState[]): ShownSaving {
  if (states.includes('saving')) return 'saving'
  if (states.includes('error')) return 'error'
  return states.length > 0 ? 'saved' : 'idle'
}
