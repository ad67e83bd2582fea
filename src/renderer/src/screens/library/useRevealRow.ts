// Keeps a list's focused row in view when the keyboard moves it (set `reveal.current = true` before moving):
// the same for the library table and the review queue.
import { useLayoutEffect, useRef } from 'react'
import type { RefObject } from 'react'
import { scrollToShow } from './tableKeys'

export function useRevealRow(
  scroller: RefObject<HTMLElement | null>,
  focusIndex: number,
  { rowHeight, headerHeight, initially }: { rowHeight: number; headerHeight: number; initially: boolean },
): RefObject<boolean> {
  const reveal = useRef(initially)
  useLayoutEffect(() => {
    const element = scroller.current
    if (!element || focusIndex < 0 || !reveal.current) return
    reveal.current = false
    element.scrollTop = scrollToShow(focusIndex, {
      rowHeight,
      headerHeight,
      scrollTop: element.scrollTop,
      viewHeight: element.clientHeight,
    })
  }, [scroller, focusIndex, rowHeight, headerHeight])
  return reveal
}
