import { describe, expect, it } from 'vitest'
import { clickRow, NO_SELECTION, selectAll, selectedInView, toggleRow, type Selection } from './selection'

const ORDER = ['a', 'b', 'c', 'd', 'e']
const plain = { shift: false, mod: false }
const shift = { shift: true, mod: false }
const mod = { shift: false, mod: true }
const ids = (selection: Selection) => [...selection.ids].sort()

describe('clickRow', () => {
  it('selects only the clicked row and anchors there', () => {
    const selection = clickRow({ ids: new Set(['a', 'b']), anchor: 'a' }, ORDER, 3, plain)
    expect(selection).toEqual({ ids: new Set(['d']), anchor: 'd' })
  })

  it('selects the range from the anchor with Shift, either way', () => {
    const anchored = clickRow(NO_SELECTION, ORDER, 1, plain)
    expect(ids(clickRow(anchored, ORDER, 3, shift))).toEqual(['b', 'c', 'd'])
    expect(ids(clickRow(anchored, ORDER, 0, shift))).toEqual(['a', 'b'])
  })

  it('moves the end of the range, not its anchor, on a second Shift-click', () => {
    const anchored = clickRow(NO_SELECTION, ORDER, 2, plain)
    const wide = clickRow(anchored, ORDER, 4, shift)
    expect(ids(clickRow(wide, ORDER, 1, shift))).toEqual(['b', 'c'])
  })

  it('adds the range to the selection with Ctrl+Shift', () => {
    const first = clickRow(NO_SELECTION, ORDER, 0, plain)
    const toggled = clickRow(first, ORDER, 3, mod)
    expect(ids(clickRow(toggled, ORDER, 4, { shift: true, mod: true }))).toEqual(['a', 'd', 'e'])
  })

  it('toggles one row with Ctrl/Cmd', () => {
    const two = clickRow(clickRow(NO_SELECTION, ORDER, 0, plain), ORDER, 2, mod)
    expect(ids(two)).toEqual(['a', 'c'])
    expect(ids(clickRow(two, ORDER, 0, mod))).toEqual(['c'])
  })

  it('starts the range at the click when the anchor is filtered out of view', () => {
    expect(ids(clickRow({ ids: new Set(['x']), anchor: 'x' }, ORDER, 2, shift))).toEqual(['c'])
  })
})

describe('toggleRow, selectAll, selectedInView', () => {
  it('toggles without touching other rows', () => {
    expect(ids(toggleRow({ ids: new Set(['a']), anchor: 'a' }, 'b'))).toEqual(['a', 'b'])
  })

  it('selects every row in view', () => {
    expect(ids(selectAll(NO_SELECTION, ORDER))).toEqual(ORDER)
  })

  it('acts on the selected rows in view, in table order', () => {
    expect(selectedInView({ ids: new Set(['e', 'x', 'b']), anchor: null }, ORDER)).toEqual(['b', 'e'])
  })
})
