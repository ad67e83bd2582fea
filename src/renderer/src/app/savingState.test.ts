import { describe, expect, it } from 'vitest'
import { combineSaving } from './savingState'

describe('combineSaving', () => {
  it('is idle before any write', () => {
    expect(combineSaving([])).toBe('idle')
  })

  it('says saving while any screen writes, even when another failed', () => {
    expect(combineSaving(['saved', 'saving'])).toBe('saving')
    expect(combineSaving(['error', 'saving'])).toBe('saving')
  })

  it('keeps an error visible until that screen saves again', () => {
    expect(combineSaving(['saved', 'error'])).toBe('error')
    expect(combineSaving(['saved', 'saved'])).toBe('saved')
  })
})
