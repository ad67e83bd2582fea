// Multi-selection as in a file manager: a click selects one row, Ctrl/Cmd-click toggles one, Shift-click
// selects the range from the last plain or toggled row (the anchor). `order` is the table's rows as shown.
import { moveFocus } from './tableKeys'

export interface Selection {
  ids: ReadonlySet<string>
  anchor: string | null
}

export const NO_SELECTION: Selection = { ids: new Set(), anchor: null }

export interface Modifiers {
  shift: boolean
  /** Ctrl, or Cmd on a Mac. */
  mod: boolean
}

function range(order: readonly string[], from: number, to: number): string[] {
  return order.slice(Math.min(from, to), Math.max(from, to) + 1)
}

export function clickRow(
  selection: Selection,
  order: readonly string[],
  index: number,
  keys: Modifiers,
): Selection {
  const id = order[index]
  if (id === undefined) return selection
  if (keys.shift) {
    const anchorIndex = selection.anchor === null ? -1 : order.indexOf(selection.anchor)
    // An anchor filtered out of view starts the range here, as if nothing had been clicked before.
    const from = anchorIndex === -1 ? index : anchorIndex
    const ids = range(order, from, index)
    return {
      ids: keys.mod ? new Set([...selection.ids, ...ids]) : new Set(ids),
      anchor: order[from] ?? id,
    }
  }
  if (keys.mod) return toggleRow(selection, id)
  return { ids: new Set([id]), anchor: id }
}

/** The checkbox of a row, or Ctrl/Cmd-click: one row in or out, the others kept. */
export function toggleRow(selection: Selection, id: string): Selection {
  const ids = new Set(selection.ids)
  if (ids.has(id)) ids.delete(id)
  else ids.add(id)
  return { ids, anchor: id }
}

export function selectAll(selection: Selection, order: readonly string[]): Selection {
  return { ids: new Set(order), anchor: selection.anchor ?? order[0] ?? null }
}

/** The selected rows the curator can see, in table order: what a bulk action acts on. */
export function selectedInView(selection: Selection, order: readonly string[]): string[] {
  if (selection.ids.size === 0) return []
  return order.filter((id) => selection.ids.has(id))
}

export interface KeyStep {
  /** The row to focus, or null to leave the focus where it is. */
  focus: number | null
  selection: Selection | null
}

/**
 * What a key does to a list's focus and selection, the same in every list of rows (the library table, the
 * review queue): Ctrl/Cmd+A selects all, the moving keys move the focus, and with Shift extend the selection.
 * Null for a key that is not one of these.
 */
export function navigate(
  press: { key: string; shift: boolean; mod: boolean; alt: boolean },
  selection: Selection,
  order: readonly string[],
  focusIndex: number,
  page: number,
): KeyStep | null {
  if (press.mod && press.key.toLowerCase() === 'a')
    return { focus: null, selection: selectAll(selection, order) }
  if (press.mod || press.alt) return null
  const next = moveFocus(press.key, focusIndex, order.length, page)
  if (next === null) return null
  if (!press.shift) return { focus: next, selection: null }
  // Shift+arrow from a row nobody clicked extends from that row, as a click on it would have.
  const from = order[focusIndex]
  const anchored =
    selection.anchor === null && from !== undefined ? { ...selection, anchor: from } : selection
  return { focus: next, selection: clickRow(anchored, order, next, { shift: true, mod: false }) }
}
