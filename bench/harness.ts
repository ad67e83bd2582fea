// A small benchmark harness: each figure is timed per item and compared to a floor measured in the same
// run, so the ratios stay comparable across machines. Results print as a table and go to
// bench/results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface BenchResult {
  name: string
  /** Items in the run (profiles, files, edits). */
  size: number
  /** Per-item milliseconds. */
  median: number
  p99: number
  /** Total milliseconds of the measured work and of its floor. */
  total: number
  floor: number
  ratio: number
  note: string
  /** What median, p99, total and floor are in; milliseconds unless said otherwise. */
  unit?: 'ms' | 'MB'
  /** The target the ratio is held to (`ratio < 0.1`), and whether this run met it. */
  target?: string
  met?: boolean
  /** Further figures, saved to latest.json but not printed. */
  detail?: Record<string, number | string | boolean | null>
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

/** Times `work` once per item; returns per-item milliseconds. */
export async function timeEach<T>(items: readonly T[], work: (item: T) => unknown): Promise<number[]> {
  const times: number[] = []
  for (const item of items) {
    const start = performance.now()
    await work(item)
    times.push(performance.now() - start)
  }
  return times
}

export function result(
  name: string,
  times: readonly number[],
  floorTimes: readonly number[],
  note = '',
): BenchResult {
  const sorted = [...times].sort((a, b) => a - b)
  const total = times.reduce((a, b) => a + b, 0)
  const floor = floorTimes.reduce((a, b) => a + b, 0)
  return {
    name,
    size: times.length,
    median: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    total,
    floor,
    ratio: floor > 0 ? total / floor : Number.NaN,
    note,
  }
}

const fmt = (ms: number): string =>
  Number.isNaN(ms) ? '-' : ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(4)

const verdict = (r: BenchResult): string =>
  r.target === undefined ? '' : `${r.target} ${r.met === undefined ? '' : r.met ? 'met' : 'MISSED'}`.trim()

export function printTable(results: readonly BenchResult[]): void {
  const rows = results.map((r) => [
    r.name,
    String(r.size),
    r.unit ?? 'ms',
    fmt(r.median),
    fmt(r.p99),
    fmt(r.total),
    fmt(r.floor),
    r.ratio.toFixed(r.ratio < 0.1 ? 3 : 2),
    verdict(r),
    r.note,
  ])
  const head = ['benchmark', 'size', 'unit', 'median', 'p99', 'total', 'floor', 'ratio', 'target', 'note']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')
  console.log(line(head))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const r of rows) console.log(line(r))
}

export function saveResults(results: readonly BenchResult[], dir: string): string {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'latest.json')
  const meta = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  }
  writeFileSync(file, `${JSON.stringify({ ...meta, results }, null, 2)}\n`)
  return file
}
