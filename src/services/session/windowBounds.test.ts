import { describe, expect, it } from 'vitest'
import { restorableBounds } from './windowBounds'

const laptop = { x: 0, y: 0, width: 1440, height: 900 }
const monitor = { x: 1440, y: 0, width: 2560, height: 1440 }
const saved = (x: number, y: number) => ({ x, y, width: 1280, height: 800, maximized: false })

describe('restorableBounds', () => {
  it('keeps the place when its title bar is on a screen, on any of them', () => {
    expect(restorableBounds(saved(100, 50), [laptop])).toEqual(saved(100, 50))
    expect(restorableBounds(saved(2000, 200), [laptop, monitor])).toEqual(saved(2000, 200))
  })

  it('drops the place on a screen that was unplugged, or with the title bar off the top', () => {
    expect(restorableBounds(saved(2000, 200), [laptop])).toBeNull()
    expect(restorableBounds(saved(100, -500), [laptop])).toBeNull()
    expect(restorableBounds(saved(1400, 50), [laptop])).toBeNull()
  })

  it('has nothing to restore on first start', () => {
    expect(restorableBounds(null, [laptop])).toBeNull()
  })
})
