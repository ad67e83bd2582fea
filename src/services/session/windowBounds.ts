// Where the window opens: where the curator left it, if that place is still on a screen (a monitor may have
// been unplugged since), else the default size, centred by the system.
import type { WindowBounds } from './settings'

export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

/** How much of the title bar must be on a screen for the window to count as visible. */
const MIN_VISIBLE = { width: 100, height: 40 }

function overlap(a: Rectangle, b: Rectangle): Rectangle {
  const x = Math.max(a.x, b.x)
  const y = Math.max(a.y, b.y)
  const width = Math.min(a.x + a.width, b.x + b.width) - x
  const height = Math.min(a.y + a.height, b.y + b.height) - y
  return { x, y, width: Math.max(0, width), height: Math.max(0, height) }
}

/** The saved bounds when their top edge (where the title bar is) shows on one of the screens' work areas. */
export function restorableBounds(
  saved: WindowBounds | null,
  workAreas: readonly Rectangle[],
): WindowBounds | null {
  if (!saved) return null
  const titleBar = { x: saved.x, y: saved.y, width: saved.width, height: MIN_VISIBLE.height }
  const visible = workAreas.some((area) => {
    const seen = overlap(titleBar, area)
    return seen.width >= Math.min(MIN_VISIBLE.width, saved.width) && seen.height >= MIN_VISIBLE.height
  })
  return visible ? saved : null
}
