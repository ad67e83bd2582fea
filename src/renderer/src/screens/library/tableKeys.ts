// Where the focused row goes for a key press in the table; null for keys that do not move it.
export function moveFocus(key: string, index: number, count: number, page: number): number | null {
  if (count === 0) return null
  const from = index < 0 ? -1 : index
  const clamp = (n: number) => Math.max(0, Math.min(count - 1, n))
  switch (key) {
    case 'ArrowDown':
      return clamp(from + 1)
    case 'ArrowUp':
      // Up from no focus lands on the first row, as down does.
      return from < 0 ? 0 : clamp(from - 1)
    case 'PageDown':
      return clamp(from + page)
    case 'PageUp':
      return clamp(from - page)
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return null
  }
}

/** The scrollTop that shows a row under the sticky header, moving as little as possible. */
export function scrollToShow(
  index: number,
  {
    rowHeight,
    headerHeight,
    scrollTop,
    viewHeight,
  }: { rowHeight: number; headerHeight: number; scrollTop: number; viewHeight: number },
): number {
  const top = headerHeight + index * rowHeight
  if (top - headerHeight < scrollTop) return top - headerHeight
  if (top + rowHeight > scrollTop + viewHeight) return top + rowHeight - viewHeight
  return scrollTop
}
