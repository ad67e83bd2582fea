import { describe, expect, it } from 'vitest'
import {
  clickRow,
  navigate,
  NO_SELECTION,
  selectAll,
  selectedInView,
  toggleRow,
  type Selection,
} from './selection'

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

describe('navigate', () => {
  const press = (key: string, keys: Partial<{ shift: boolean; mod: boolean; alt: boolean }> = {}) => ({
    key,
    shift: false,
    mod: false,
    alt: false,
    ...keys,
  })

  it('selects every row on Ctrl/Cmd+A and leaves the focus', () => {
    const step = navigate(press('a', { mod: true }), NO_SELECTION, ORDER, 2, 3)
    expect(step?.focus).toBeNull()
    expect(ids(step!.selection!)).toEqual(ORDER)
  })

  it('moves the focus without touching the selection, and by a page', () => {
    expect(navigate(press('ArrowDown'), NO_SELECTION, ORDER, 1, 3)).toEqual({ focus: 2, selection: null })
    expect(navigate(press('PageDown'), NO_SELECTION, ORDER, 0, 3)).toEqual({ focus: 3, selection: null })
  })

  it('extends the selection with Shift from the focused row when nothing was clicked', () => {
    const step = navigate(press('ArrowDown', { shift: true }), NO_SELECTION, ORDER, 1, 3)
    expect(step?.focus).toBe(2)
    expect(ids(step!.selection!)).toEqual(['b', 'c'])
    expect(step!.selection!.anchor).toBe('b')
  })

  it('leaves other keys, and moving keys with Ctrl/Cmd or Alt, to the list', () => {
    expect(navigate(press('Enter'), NO_SELECTION, ORDER, 1, 3)).toBeNull()
    expect(navigate(press('ArrowDown', { mod: true }), NO_SELECTION, ORDER, 1, 3)).toBeNull()
    expect(navigate(press('ArrowDown', { alt: true }), NO_SELECTION, ORDER, 1, 3)).toBeNull()
  })
})
