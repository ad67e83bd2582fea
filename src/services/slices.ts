// Long work in the main process (indexing, validating or reading suggestions from 100,000 profiles) gives the
// event loop back every few milliseconds, so that the window's other calls are answered meanwhile.

/** Milliseconds of work between two breaks: under a frame, so a break is never noticed. */
export const SLICE_MS = 12

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/** A clock for a loop: `await pause()` lets other work run once the current slice has lasted `ms`. */
export function sliceClock(ms = SLICE_MS): () => Promise<void> | undefined {
  let start = performance.now()
  return () => {
    if (performance.now() - start <= ms) return undefined
    return tick().then(() => {
      start = performance.now()
    })
  }
}
