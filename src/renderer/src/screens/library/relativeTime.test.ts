import { describe, expect, it } from 'vitest'
import { relativeTime } from './relativeTime'

const NOW = new Date('2026-06-15T12:00:00Z')

describe('relativeTime', () => {
  it('says just now within a minute, and for a clock slightly ahead', () => {
    expect(relativeTime('2026-06-15T11:59:30Z', NOW)).toBe('just now')
    expect(relativeTime('2026-06-15T12:00:20Z', NOW)).toBe('just now')
  })

  it('counts minutes, hours and days within a week', () => {
    expect(relativeTime('2026-06-15T11:57:00Z', NOW)).toBe('3 minutes ago')
    expect(relativeTime('2026-06-15T07:00:00Z', NOW)).toBe('5 hours ago')
    expect(relativeTime('2026-06-14T11:00:00Z', NOW)).toBe('yesterday')
    expect(relativeTime('2026-06-10T12:00:00Z', NOW)).toBe('5 days ago')
  })

  it('shows the date past a week, with the year when it differs', () => {
    expect(relativeTime('2026-03-12T12:00:00Z', NOW)).toBe('12 Mar')
    expect(relativeTime('2025-03-12T12:00:00Z', NOW)).toBe('12 Mar 2025')
  })

  it('shows a dash for a date it cannot read', () => {
    expect(relativeTime('soon', NOW)).toBe('—')
  })
})
