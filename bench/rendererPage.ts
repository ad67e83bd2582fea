// What the renderer bench runs inside the page: an init script that notes when the first table rows are on
// screen, and timed actions (a facet click, a search, a scroll step). Every time is taken in the page with
// performance.now() and ends after the next frame is produced (a requestAnimationFrame, then a task), so the
// app and the floor page are measured by the very same code. The bench code is typed for Node, without the
// DOM: the few page globals used are typed here.

interface PageElement {
  textContent: string | null
  click(): void
  focus(): void
  getAttribute(name: string): string | null
  dispatchEvent(event: unknown): boolean
  scrollTop: number
  scrollHeight: number
  clientHeight: number
}

export interface BenchMarks {
  /** performance.now() (from navigation start) when the first rows were on screen. */
  firstRows: number | null
}

interface PageGlobals {
  __bench?: BenchMarks
  document: {
    querySelector(selector: string): PageElement | null
    querySelectorAll(selector: string): ArrayLike<PageElement>
  }
  performance: { now(): number }
  requestAnimationFrame(callback: () => void): number
  setTimeout(callback: () => void, ms: number): number
  MutationObserver: new (callback: () => void) => {
    observe(target: unknown, options: Record<string, boolean>): void
    disconnect(): void
  }
  Event: new (type: string, init: { bubbles: boolean }) => unknown
  HTMLInputElement: { prototype: object }
}

/** Installed before the page's scripts (an init script): marks when `[data-testid=library-row]` first shows. */
export function instrumentFirstRows(): void {
  const g = globalThis as unknown as PageGlobals
  const marks: BenchMarks = { firstRows: null }
  g.__bench = marks
  const observer = new g.MutationObserver(() => {
    if (g.document.querySelector('[data-testid="library-row"]') === null) return
    observer.disconnect()
    g.requestAnimationFrame(() => g.setTimeout(() => (marks.firstRows = g.performance.now()), 0))
  })
  observer.observe(g.document, { childList: true, subtree: true })
}

/** Reads the first-rows mark (null until the rows showed). */
export function readFirstRows(): number | null {
  return (globalThis as unknown as PageGlobals).__bench?.firstRows ?? null
}

/**
 * A timed action's milliseconds and the row count it ended on. Each action carries its own copy of its few
 * helpers: Playwright sends one function into the page, and the app's CSP forbids building one from a string.
 */
type Timed = { ms: number; text: string | null }

/** Clicks `[data-testid=testId]` and times until the row count shows something else, and a frame. */
export async function timeClick(testId: string): Promise<Timed> {
  const g = globalThis as unknown as PageGlobals
  const count = () => g.document.querySelector('[data-testid="row-count"]')?.textContent ?? null
  const frame = () => new Promise<void>((done) => g.requestAnimationFrame(() => g.setTimeout(done, 0)))
  const button = g.document.querySelector(`[data-testid="${testId}"]`)
  if (!button) throw new Error(`no [data-testid="${testId}"] on the page`)
  const before = count()
  const start = g.performance.now()
  button.click()
  await new Promise<void>((done) => {
    if (count() !== before) return done()
    const observer = new g.MutationObserver(() => {
      if (count() === before) return
      observer.disconnect()
      done()
    })
    observer.observe(g.document, { childList: true, subtree: true, characterData: true })
  })
  await frame()
  return { ms: g.performance.now() - start, text: count() }
}

/** Types `query` into the search box at once (as a paste) and times until the row count changes, and a frame. */
export async function timeSearch(query: string): Promise<Timed> {
  const g = globalThis as unknown as PageGlobals
  const count = () => g.document.querySelector('[data-testid="row-count"]')?.textContent ?? null
  const frame = () => new Promise<void>((done) => g.requestAnimationFrame(() => g.setTimeout(done, 0)))
  const input = g.document.querySelector('[data-testid="library-search"]')
  if (!input) throw new Error('no search box on the page')
  const before = count()
  const start = g.performance.now()
  // A controlled React input: set the value through the element's own setter, then say it changed.
  const setter = Object.getOwnPropertyDescriptor(g.HTMLInputElement.prototype, 'value')!.set!
  setter.call(input, query)
  input.dispatchEvent(new g.Event('input', { bubbles: true }))
  await new Promise<void>((done) => {
    const observer = new g.MutationObserver(() => {
      if (count() === before) return
      observer.disconnect()
      done()
    })
    observer.observe(g.document, { childList: true, subtree: true, characterData: true })
  })
  await frame()
  return { ms: g.performance.now() - start, text: count() }
}

/**
 * Scrolls the table from top to bottom in `steps` equal jumps, timing each jump to its next frame; then, for
 * comparison, as many frames with nothing to do. Returns both, and the last row index rendered.
 */
export async function scrollSweep(
  steps: number,
): Promise<{ scroll: number[]; idle: number[]; lastRowIndex: number }> {
  const g = globalThis as unknown as PageGlobals
  const frame = () => new Promise<void>((done) => g.requestAnimationFrame(() => g.setTimeout(done, 0)))
  const scroller = g.document.querySelector('[data-testid="library-table"]')
  if (!scroller) throw new Error('no library table on the page')
  const scroll: number[] = []
  const idle: number[] = []
  scroller.scrollTop = 0
  await frame()
  const max = scroller.scrollHeight - scroller.clientHeight
  for (let step = 1; step <= steps; step++) {
    const start = g.performance.now()
    scroller.scrollTop = Math.round((max * step) / steps)
    await frame()
    scroll.push(g.performance.now() - start)
  }
  for (let step = 1; step <= steps; step++) {
    const start = g.performance.now()
    await frame()
    idle.push(g.performance.now() - start)
  }
  const rows = Array.from(g.document.querySelectorAll('[data-testid="library-row"]'))
  const lastRowIndex = Math.max(-1, ...rows.map((row) => Number(row.getAttribute('data-index'))))
  return { scroll, idle, lastRowIndex }
}
