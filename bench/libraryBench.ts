// The library store on synthetic libraries (1,000, 10,000 and 100,000 profiles by default), each built once
// through the real store in a temp folder and then measured against floors taken in the same run:
//   import       create commands of 500 profiles, then compact()     floor: JSON.stringify + chunked write + fsync
//   list ready   the list (id, city, country, status, completeness)  floor: read profiles.jsonl + JSON.parse lines
//   full open    Library.open, read-only and writable                 floor: the same read + JSON.parse
//   peak memory  rss and heap during a read-only open, in a child    compared to the bytes the open reads
//                (peak rss during the open over the rss just before it, after a full collection)
//   edit persist 200 one-field updates (notes or a metric)           floor: append the profile's JSON + fdatasync
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { open, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { makeMetric } from '../src/core/library/testProfile'
import { formatId } from '../src/services/library/commands'
import { Library } from '../src/services/library/library'
import { libraryPaths } from '../src/services/library/paths'
import { readLibraryList } from '../src/services/library/listIndex'
import { percentile, type BenchResult } from './harness'
import { prng, syntheticProfiles } from '../src/services/library/__fixtures__/syntheticProfiles'

const ROOT = join(import.meta.dirname, '..')
const BATCH = 500
const EDITS = 200
const WARM_EDITS = 5
const MB = 1e6

// A full collection between measurements, so that the garbage of one open is not collected inside the next.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const log = (message: string): void => console.error(`[library] ${message}`)
const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b)
const med = (xs: readonly number[]): number => percentile(sorted(xs), 50)
const p99 = (xs: readonly number[]): number => percentile(sorted(xs), 99)
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)

async function timed<T>(work: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now()
  const value = await work()
  return [performance.now() - start, value]
}

/** The full-open floor: read the file and JSON.parse every line, keeping the objects. */
async function readAndParse(file: string): Promise<unknown[]> {
  const bytes = await readFile(file)
  const out: unknown[] = []
  for (let start = 0; start < bytes.length;) {
    let end = bytes.indexOf(10, start)
    if (end < 0) end = bytes.length
    out.push(JSON.parse(bytes.toString('utf8', start, end)))
    start = end + 1
  }
  return out
}

async function importFloor(file: string, size: number): Promise<number[]> {
  const handle = await open(file, 'w')
  const times: number[] = []
  try {
    for (let from = 0; from < size; from += BATCH) {
      const profiles = syntheticProfiles(from, Math.min(BATCH, size - from))
      const [ms] = await timed(async () => {
        let text = ''
        for (const p of profiles) text += `${JSON.stringify(p)}\n`
        await handle.write(text)
      })
      times.push(ms)
    }
    const [syncMs] = await timed(() => handle.sync())
    times[times.length - 1]! += syncMs
  } finally {
    await handle.close()
  }
  return times
}

async function importLibrary(
  dir: string,
  size: number,
): Promise<{ batches: number[]; compact: number; journalBytes: number }> {
  const lib = await Library.open(dir, { create: true })
  const batches: number[] = []
  try {
    for (let from = 0; from < size; from += BATCH) {
      const profiles = syntheticProfiles(from, Math.min(BATCH, size - from))
      const [ms] = await timed(() => lib.apply({ type: 'create', profiles }))
      batches.push(ms)
      if (batches.length % 40 === 0) log(`${size}: imported ${from + profiles.length}`)
    }
    const journalBytes = statSync(lib.paths.journal).size
    const [compact] = await timed(() => lib.compact())
    return { batches, compact, journalBytes }
  } finally {
    await lib.close()
  }
}

interface MemoryFigures {
  openMs: number
  size: number
  baseRss: number
  baseMaxRss: number
  /** Whether peakRss is the open's own high-water mark (Linux), not the whole process's. */
  peakIsOpens: boolean
  peakRss: number
  afterRss: number
  baseHeap: number
  peakHeap: number
  afterHeap: number
  baseExternal: number
  afterExternal: number
  gcs: number
}

/** A read-only open in a fresh process, so that nothing measured before counts. */
function memoryChild(dir: string): Promise<MemoryFigures> {
  const script = join(import.meta.dirname, 'libraryMemoryChild.ts')
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--trace-gc', '--max-old-space-size=8192', script, dir],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    )
    let out = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => (out += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      const lines = out.split('\n')
      const start = lines.indexOf('OPEN-START')
      const end = lines.indexOf('OPEN-END')
      const result = lines.find((l) => l.startsWith('RESULT '))
      if (code !== 0 || start < 0 || end < 0 || !result) {
        reject(new Error(`memory child exited with ${code}:\n${out.slice(-2000)}`))
        return
      }
      const r = JSON.parse(result.slice('RESULT '.length)) as Omit<MemoryFigures, 'peakHeap' | 'gcs'>
      // --trace-gc prints `used (committed) -> used (committed) MB` per collection: the heap only grows between
      // collections, so its peak is the largest `used` before one, or the heap at the end.
      let peakHeap = r.afterHeap
      let gcs = 0
      for (const line of lines.slice(start + 1, end)) {
        const m = /([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB/.exec(line)
        if (!m) continue
        gcs += 1
        peakHeap = Math.max(peakHeap, Number(m[1]) * 2 ** 20)
      }
      resolve({ ...r, peakHeap, gcs })
    })
  })
}

export async function libraryBench(size: number): Promise<BenchResult[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'pc-bench-library-'))
  const dir = join(tmp, 'library')
  const paths = libraryPaths(dir)
  const out: BenchResult[] = []
  try {
    // 4. import (it also builds the library every other figure uses)
    log(`${size}: import floor`)
    const floorBatches = await importFloor(join(tmp, 'import-floor.jsonl'), size)
    gc()
    log(`${size}: import through the store`)
    const imp = await importLibrary(dir, size)
    const importTotal = sum(imp.batches) + imp.compact
    const snapshotBytes = statSync(paths.snapshot).size
    const indexBytes = statSync(paths.index).size
    const openBytes = snapshotBytes + statSync(paths.journal).size + statSync(join(dir, 'library.json')).size
    out.push({
      name: 'library: import (create ×500 + compact)',
      size,
      median: med(imp.batches),
      p99: p99(imp.batches),
      total: importTotal,
      floor: sum(floorBatches),
      ratio: importTotal / sum(floorBatches),
      note: `per batch of ${BATCH}; compact ${(imp.compact / 1000).toFixed(1)} s; journal ${(imp.journalBytes / MB).toFixed(0)} MB; floor: stringify + write + fsync`,
      target: 'none',
      detail: {
        batches: imp.batches.length,
        batchesMs: sum(imp.batches),
        compactMs: imp.compact,
        firstBatchMs: imp.batches[0] ?? 0,
        lastBatchMs: imp.batches.at(-1) ?? 0,
        journalBytesBeforeCompact: imp.journalBytes,
        floorMedianBatchMs: med(floorBatches),
        snapshotBytes,
        indexBytes,
      },
    })
    gc()

    // 1 and 2: list ready and full open, interleaved with their floor run by run. More runs for the smaller
    // sizes, whose few milliseconds move most with the neighbours on a shared machine.
    const reps = size >= 100_000 ? 5 : size >= 10_000 ? 9 : 31
    const t = { floor: [] as number[], list: [] as number[], reader: [] as number[] }
    const opens = { ro: [] as number[], rw: [] as number[] }
    log(`${size}: list and open, ${reps} runs`)
    // Each measurement runs in a function of its own, so that what it read is garbage once it returns and the
    // collection after it frees it: holding the floor's parsed records while the list ran made the list pay
    // for marking them.
    const floorRun = async (): Promise<number> => {
      const [ms, parsed] = await timed(() => readAndParse(paths.snapshot))
      // Header, one line per record, and the trailer with the checksum.
      if (parsed.length !== size + 2) throw new Error(`floor read ${parsed.length - 2} records, not ${size}`)
      return ms
    }
    const listViaOpen = async (): Promise<number> => {
      let lib: Library | undefined
      const [ms, list] = await timed(async () => {
        lib = await Library.open(dir, { readOnly: true })
        return lib.summaries()
      })
      await lib?.close()
      if (list.length !== size) throw new Error(`the list has ${list.length} rows, not ${size}`)
      return ms
    }
    const listRun = async (): Promise<number> => {
      const [ms, rows] = await timed(() => readLibraryList(dir))
      if (rows.length !== size) throw new Error(`readLibraryList gave ${rows.length} rows, not ${size}`)
      return ms
    }
    const openRun = async (readOnly: boolean): Promise<number> => {
      const [ms, opened] = await timed(() => Library.open(dir, { readOnly }))
      await opened.close()
      if (opened.size !== size) throw new Error(`the library opened with ${opened.size} profiles`)
      return ms
    }
    // Process cpu time (all threads) of each run too: on a machine shared with other work, it shows whether a
    // ratio moved because of the code or because of the neighbours. For information only; the targets hold wall time.
    const cpu = {
      floor: [] as number[],
      list: [] as number[],
      reader: [] as number[],
      ro: [] as number[],
      rw: [] as number[],
    }
    const sample = async (wall: number[], cpuMs: number[], run: () => Promise<number>): Promise<void> => {
      const before = process.cpuUsage()
      wall.push(await run())
      const used = process.cpuUsage(before)
      cpuMs.push((used.user + used.system) / 1000)
      gc()
      // The collection's sweeping goes on in background threads: let it end before the next run, which would
      // otherwise share the two cores with it.
      await sleep(50)
    }
    for (let rep = 0; rep < reps; rep++) {
      await sample(t.floor, cpu.floor, floorRun)
      await sample(t.list, cpu.list, listViaOpen)
      await sample(t.reader, cpu.reader, listRun)
      await sample(opens.ro, cpu.ro, () => openRun(true))
      await sample(opens.rw, cpu.rw, () => openRun(false))
    }
    const floorMed = med(t.floor)
    const perRun = `${reps} runs, ms per run`
    const runs = (xs: number[]): string => xs.map((x) => x.toFixed(1)).join(' ')
    const timing = (
      name: string,
      times: number[],
      cpuTimes: number[],
      target: number | null,
      note: string,
    ): BenchResult => ({
      name,
      size,
      median: med(times),
      p99: Math.max(...times),
      total: med(times),
      floor: floorMed,
      ratio: med(times) / floorMed,
      note: `${note}; cpu ratio ${(med(cpuTimes) / med(cpu.floor)).toFixed(3)}`,
      ...(target === null ? {} : { target: `ratio < ${target}`, met: med(times) / floorMed < target }),
      detail: {
        runs: reps,
        runsMs: runs(times),
        floorRunsMs: runs(t.floor),
        cpuMedianMs: med(cpuTimes),
        floorCpuMedianMs: med(cpu.floor),
        cpuRatio: med(cpuTimes) / med(cpu.floor),
      },
    })
    out.push(
      timing(
        'library: list ready (readLibraryList)',
        t.reader,
        cpu.reader,
        0.1,
        `index.jsonl ${(indexBytes / MB).toFixed(1)} MB + journal; ${perRun}; floor: read + parse profiles.jsonl`,
      ),
    )
    out.push(
      timing(
        'library: list via Library.open + summaries',
        t.list,
        cpu.list,
        null,
        `for comparison: the list through a full read-only open; ${perRun}`,
      ),
    )
    out.push(
      timing(
        'library: full open read-only',
        opens.ro,
        cpu.ro,
        1.5,
        `${(snapshotBytes / MB).toFixed(0)} MB snapshot; ${perRun}; floor: read + JSON.parse lines`,
      ),
      timing('library: full open writable', opens.rw, cpu.rw, 1.5, `takes the lock; ${perRun}`),
    )

    // 5. peak memory of a read-only open, in a fresh process
    log(`${size}: peak memory of an open, in a child process`)
    const m = await memoryChild(dir)
    if (m.size !== size) throw new Error(`the memory child opened ${m.size} profiles, not ${size}`)
    const rssRatio = (m.peakRss - m.baseRss) / openBytes
    const heapRatio = (m.peakHeap - m.baseHeap) / openBytes
    out.push({
      name: 'library: peak memory of open (rss)',
      size,
      unit: 'MB',
      median: Number.NaN,
      p99: Number.NaN,
      total: (m.peakRss - m.baseRss) / MB,
      floor: openBytes / MB,
      ratio: rssRatio,
      note: `${m.peakIsOpens ? 'peak rss during open' : 'peak rss of the process'} over rss before open / bytes read; heap peak ${((m.peakHeap - m.baseHeap) / MB).toFixed(0)} MB (${heapRatio.toFixed(2)}×), retained ${((m.afterHeap - m.baseHeap) / MB).toFixed(0)} MB`,
      target: 'peak < 3× bytes',
      met: rssRatio < 3,
      detail: { ...m, heapRatio, retainedHeapRatio: (m.afterHeap - m.baseHeap) / openBytes, openBytes },
    })
    gc()

    // 3. edit persist: alternate notes and a metric, each against appending the profile and an fdatasync.
    log(`${size}: ${EDITS} edits`)
    const lib = await Library.open(dir)
    const floorFile = await open(join(tmp, 'edit-floor.jsonl'), 'w')
    const random = prng(size)
    const store: number[] = []
    const floor: number[] = []
    const byKind = { notes: [] as number[], metric: [] as number[] }
    let cold = 0
    let floorPos = 0
    try {
      for (let i = -WARM_EDITS; i < EDITS; i++) {
        const id = formatId(1 + Math.floor(random() * size))
        const [floorMs] = await timed(async () => {
          const bytes = Buffer.from(`${JSON.stringify(lib.get(id)!.profile)}\n`)
          await floorFile.write(bytes, 0, bytes.length, floorPos)
          await floorFile.datasync()
          floorPos += bytes.length
        })
        const kind = i % 2 === 0 ? 'notes' : 'metric'
        const [ms] = await timed(() =>
          lib.apply({
            type: 'update',
            by: 'curator',
            updates: [
              kind === 'notes'
                ? { id, set: { notes: `Figures checked with the city office (${i}).` } }
                : {
                    id,
                    set: {
                      'metrics.population': makeMetric('population', {
                        value: 100_000 + i,
                        origin: 'manual',
                        year: 2024,
                      }),
                    },
                  },
            ],
          }),
        )
        if (i === -WARM_EDITS) cold = ms
        if (i < 0) continue
        store.push(ms)
        floor.push(floorMs)
        byKind[kind].push(ms)
      }
    } finally {
      await floorFile.close()
      await lib.close()
    }
    const medianRatio = med(store) / med(floor)
    const p99Ratio = p99(store) / p99(floor)
    out.push({
      name: 'library: edit persist (update)',
      size,
      median: med(store),
      p99: p99(store),
      total: sum(store),
      floor: sum(floor),
      ratio: medianRatio,
      note: `ratio = median ratio; p99 ratio ${p99Ratio.toFixed(2)}; floor median ${med(floor).toFixed(3)} p99 ${p99(floor).toFixed(3)} ms: append profile + fdatasync`,
      target: 'median < 3, p99 < 10',
      met: medianRatio < 3 && p99Ratio < 10,
      detail: {
        edits: EDITS,
        warmUpEdits: WARM_EDITS,
        firstColdEditMs: cold,
        floorMedianMs: med(floor),
        floorP99Ms: p99(floor),
        medianRatio,
        p99Ratio,
        notesMedianMs: med(byKind.notes),
        metricMedianMs: med(byKind.metric),
      },
    })
    return out
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}
