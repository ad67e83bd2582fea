// The renderer on a synthetic library (1,000, 10,000 and 100,000 profiles by default): the built app on the
// e2e's Chromium host (window.api bridged to main's real handlers, e2e/hosts), measured in the page against a
// floor page served beside it, in the same browser context, over the same bridge:
//   first rows      navigation to the first table rows on screen        floor: the floor page fetches the list
//                   (the library already open in main)                  (library:summaries) and shows one line
//   first start     the same, on the app's start: main opens the library too           the same floor
//   facet filter    a click on a facet (missing density) to the filtered rows shown
//                                                                       floor: the floor page filters the same
//                                                                       list in one pass and shows the count
//   scroll          the table from top to bottom in 40 jumps, each to its next frame
//                                                                       floor: 40 frames with nothing to do
//   search          a city's name pasted into the search box to its rows shown (200 ms of debounce included),
//                   just after the start and once the full-text index is ready
//                                                                       floor: the facet floor (a pass over
//                                                                       the list and a frame)
// Each time ends after the frame that shows the result (rendererPage.ts), for the app and the floor alike.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { chromiumHost } from '../e2e/hosts/chromiumHost'
import { REPO_ROOT } from '../e2e/hosts/paths'
import { percentile, type BenchResult } from './harness'
import { instrumentFirstRows, readFirstRows, scrollSweep, timeClick, timeSearch } from './rendererPage'
import { buildSyntheticLibrary } from '../src/services/library/__fixtures__/syntheticLibrary'
import { syntheticProfile } from '../src/services/library/__fixtures__/syntheticProfiles'

const FACET = 'facet-missing-populationDensity'
const SCROLL_JUMPS = 40
const WAIT = { timeout: 15 * 60_000 }

const log = (message: string): void => console.error(`[renderer] ${message}`)
const med = (xs: readonly number[]): number =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  )
const p99 = (xs: readonly number[]): number =>
  percentile(
    [...xs].sort((a, b) => a - b),
    99,
  )
const runs = (xs: readonly number[]): string => xs.map((x) => x.toFixed(1)).join(' ')
/** The first number of a row count (`1,234 of 10,000` → 1234). */
const shownIn = (text: string | null): number =>
  Number((/[\d,]+/.exec(text ?? '')?.[0] ?? '').replace(/,/g, ''))

/**
 * The floor page: the same bridge's list call, one line on screen, and a button (with the facet's test id)
 * that filters the list in one pass and writes the count where the app writes it.
 */
const FLOOR_HTML = `<!doctype html><meta charset="utf-8"><title>floor</title><body><script>
(async () => {
  const reply = await window.api['library:summaries']({})
  const live = reply.value.summaries.filter((s) => s.deleted === null)
  const count = document.createElement('div')
  count.dataset.testid = 'row-count'
  const row = document.createElement('div')
  row.dataset.testid = 'library-row'
  const button = document.createElement('button')
  button.dataset.testid = '${FACET}'
  let on = false
  const show = () => {
    const shown = on ? live.filter((s) => s.missing.includes('populationDensity')) : live
    count.textContent = shown.length + ' of ' + live.length
    row.textContent = shown[0] ? shown[0].city : ''
  }
  button.onclick = () => { on = !on; show() }
  show()
  document.body.append(button, count, row)
})()
</script>`

let built = false
/** The bench measures what the sources build to now, so it builds once per run (a few seconds). */
function buildApp(): void {
  if (built) return
  log('building the app (electron-vite build)')
  const run = spawnSync('npx', ['electron-vite', 'build'], { cwd: REPO_ROOT, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`electron-vite build failed:\n${run.stdout}\n${run.stderr}`)
  built = true
}

async function firstRowsAfter(page: Page, navigate: () => Promise<unknown>): Promise<number> {
  await navigate()
  const handle = await page.waitForFunction(readFirstRows, undefined, WAIT)
  return (await handle.jsonValue()) as number
}

/** Waits until the page's search answers from the full index (main builds it in the background). */
async function indexReady(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      type Api = Record<string, (input: unknown) => Promise<{ ok: boolean; value: { complete: boolean } }>>
      const api = (globalThis as unknown as { api: Api }).api
      const reply = await api['library:search']!({ query: 'learning', limit: 1 })
      return reply.ok && reply.value.complete
    },
    undefined,
    { ...WAIT, polling: 500 },
  )
}

export async function rendererBench(size: number): Promise<BenchResult[]> {
  buildApp()
  const tmp = mkdtempSync(join(tmpdir(), 'pc-bench-renderer-'))
  const libraryDir = join(tmp, 'library')
  const dataDir = join(tmp, 'data')
  const samplesDir = join(tmp, 'samples')
  mkdirSync(dataDir)
  mkdirSync(samplesDir)
  const host = chromiumHost()
  const problems: string[] = []
  try {
    log(`${size}: building the library`)
    await buildSyntheticLibrary(libraryDir, size, log)
    // The app starts on its last library.
    writeFileSync(
      join(dataDir, 'settings.json'),
      JSON.stringify({ lastLibrary: libraryDir, recent: [libraryDir] }),
    )

    log(`${size}: starting the app`)
    const startedAt = performance.now()
    const running = await host.launch({
      samplesDir,
      dataDir,
      colorScheme: 'light',
      viewport: { width: 1280, height: 800 },
      dialogAnswer: null,
      watch: async (page) => {
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
        })
        await page.addInitScript(instrumentFirstRows)
      },
    })
    const { page } = running
    try {
      const coldStart = await firstRowsAfter(page, async () => {})
      log(`${size}: first rows at start after ${(performance.now() - startedAt).toFixed(0)} ms`)
      const appUrl = page.url()
      const floorUrl = new URL('/bench-floor.html', appUrl).href
      await page.route(floorUrl, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: FLOOR_HTML }),
      )

      // The search right after the start, while main may still be building the full-text index.
      const query = syntheticProfile(Math.floor(size / 2)).city
      const firstSearch = await page.evaluate(timeSearch, query)
      if (!(shownIn(firstSearch.text) >= 1)) throw new Error(`search found nothing: ${firstSearch.text}`)

      const reps = size >= 100_000 ? 3 : size >= 10_000 ? 5 : 7
      log(`${size}: first rows, ${reps} runs`)
      const rows = { app: [] as number[], floor: [] as number[] }
      for (let rep = 0; rep < reps; rep++) {
        rows.floor.push(await firstRowsAfter(page, () => page.goto(floorUrl)))
        rows.app.push(await firstRowsAfter(page, () => page.goto(appUrl)))
      }

      log(`${size}: facet filter, ${reps + 2} runs`)
      const facet = { app: [] as number[], floor: [] as number[], clear: [] as number[] }
      const expected = { app: 0, floor: 0 }
      for (const side of ['floor', 'app'] as const) {
        await firstRowsAfter(page, () => page.goto(side === 'app' ? appUrl : floorUrl))
        for (let rep = 0; rep < reps + 2; rep++) {
          const on = await page.evaluate(timeClick, FACET)
          const off = await page.evaluate(timeClick, FACET)
          facet[side].push(on.ms)
          if (side === 'app') facet.clear.push(off.ms)
          expected[side] = shownIn(on.text)
        }
      }
      // The app and the floor filtered the same list to the same rows.
      if (expected.app !== expected.floor || expected.app === 0 || expected.app >= size) {
        throw new Error(`the facet showed ${expected.app} rows, the floor ${expected.floor}`)
      }

      log(`${size}: scroll to the end`)
      await page.getByTestId('library-table').focus()
      await page.keyboard.press('End')
      await page.locator(`[aria-rowindex="${size + 1}"]`).waitFor(WAIT)
      const sweep = await page.evaluate(scrollSweep, SCROLL_JUMPS)
      if (sweep.lastRowIndex !== size - 1) {
        throw new Error(`scrolled to the end, the last row shown is ${sweep.lastRowIndex + 1} of ${size}`)
      }

      log(`${size}: search once the full-text index is ready`)
      await indexReady(page)
      const search: number[] = []
      for (let rep = 0; rep < reps; rep++) {
        // Another city each time: a query searched before would be answered from the window's last hits.
        const found = await page.evaluate(
          timeSearch,
          syntheticProfile(Math.floor((size * (rep + 1)) / (reps + 2))).city,
        )
        if (!(shownIn(found.text) >= 1)) throw new Error(`search found nothing: ${found.text}`)
        search.push(found.ms)
        await page.evaluate(timeSearch, '')
      }

      const floorRows = med(rows.floor)
      const floorFacet = med(facet.floor)
      const row = (
        name: string,
        times: readonly number[],
        floor: number,
        note: string,
        detail: BenchResult['detail'] = {},
      ): BenchResult => ({
        name,
        size,
        median: med(times),
        p99: Math.max(...times),
        total: med(times),
        floor,
        ratio: med(times) / floor,
        note,
        detail: { runs: times.length, runsMs: runs(times), ...detail },
      })
      if (problems.length > 0) throw new Error(`the page logged errors:\n${problems.join('\n')}`)
      return [
        row(
          'renderer: first rows (library open)',
          rows.app,
          floorRows,
          `navigation to rows on screen; ${reps} runs; floor: list call + one line`,
          { floorRunsMs: runs(rows.floor) },
        ),
        row(
          'renderer: first rows at start (opens it)',
          [coldStart],
          floorRows,
          'as above, main opening the library first; one run',
        ),
        row(
          'renderer: facet filter (missing density)',
          facet.app,
          floorFacet,
          `click to ${expected.app.toLocaleString('en-US')} rows shown; clear ${med(facet.clear).toFixed(1)} ms; floor: one filter pass + a frame`,
          { floorRunsMs: runs(facet.floor), clearRunsMs: runs(facet.clear), rowsShown: expected.app },
        ),
        {
          ...row(
            'renderer: scroll to the end (per jump)',
            sweep.scroll,
            med(sweep.idle),
            `${SCROLL_JUMPS} jumps top to bottom, each to its frame; floor: an idle frame`,
            { idleRunsMs: runs(sweep.idle) },
          ),
          p99: p99(sweep.scroll),
        },
        row(
          'renderer: search just after start',
          [firstSearch.ms],
          floorFacet,
          `a city's name to its rows shown, index building; 200 ms debounce included; floor: facet floor`,
          { query, shown: firstSearch.text },
        ),
        row(
          'renderer: search, index ready',
          search,
          floorFacet,
          `another city each run, once the full-text index is built; ${reps} runs`,
        ),
      ]
    } finally {
      await running.close()
    }
  } finally {
    await host.dispose()
    rmSync(tmp, { recursive: true, force: true })
  }
}
