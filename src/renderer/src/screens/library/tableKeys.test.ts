import { describe, expect, it } from 'vitest'
import { moveFocus, scrollToShow } from './tableKeys'

describe('moveFocus', () => {
  it('moves one row, a page, or to either end, and stays within the rows', () => {
    expect(moveFocus('ArrowDown', 3, 10, 5)).toBe(4)
    expect(moveFocus('ArrowDown', 9, 10, 5)).toBe(9)
    expect(moveFocus('ArrowUp', 0, 10, 5)).toBe(0)
    expect(moveFocus('PageDown', 7, 10, 5)).toBe(9)
    expect(moveFocus('PageUp', 3, 10, 5)).toBe(0)
    expect(moveFocus('Home', 5, 10, 5)).toBe(0)
    expect(moveFocus('End', 5, 10, 5)).toBe(9)
  })

  it('starts at the first row when no row has focus', () => {
    expect(moveFocus('ArrowDown', -1, 10, 5)).toBe(0)
    expect(moveFocus('ArrowUp', -1, 10, 5)).toBe(0)
  })

  it('ignores other keys and empty tables', () => {
    expect(moveFocus('a', 1, 10, 5)).toBeNull()
    expect(moveFocus('ArrowDown', -1, 0, 5)).toBeNull()
  })
})

describe('scrollToShow', () => {
  const view = { rowHeight: 40, headerHeight: 30, viewHeight: 230 }

  it('leaves the scroll alone when the row is visible', () => {
    expect(scrollToShow(2, { ...view, scrollTop: 0 })).toBe(0)
  })

  it('scrolls up to put a row above the view right under the header', () => {
    expect(scrollToShow(1, { ...view, scrollTop: 200 })).toBe(40)
  })

  it('scrolls down just enough for a row below the view', () => {
    // Row 10 spans 430–470 in the content; the view is 230 high.
    expect(scrollToShow(10, { ...view, scrollTop: 0 })).toBe(240)
  })
})
