import { describe, expect, it } from 'vitest'
import { sliceClock } from './slices'

const busy = (ms: number): void => {
  const end = performance.now() + ms
  while (performance.now() < end);
}

describe('sliceClock', () => {
  it('lets other work run once a slice has lasted its time, and not before', async () => {
    const pause = sliceClock(5)
    expect(pause()).toBeUndefined()
    let other = false
    setImmediate(() => (other = true))
    busy(6)
    const paused = pause()
    expect(paused).toBeInstanceOf(Promise)
    await paused
    expect(other).toBe(true)
    // A new slice starts after the break.
    expect(pause()).toBeUndefined()
  })
})
