// Multi-selection as in a file manager: a click selects one row, Ctrl/Cmd-click toggles one, Shift-click
// selects the range from the last plain or toggled row (the anchor). `order` is the table's rows as shown.
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
