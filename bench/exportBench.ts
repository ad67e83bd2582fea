// Export of synthetic libraries (10,000 and 100,000 profiles by default) per format, each run as the export
// service runs it (validate the profiles for the problems filter, build the files, write them atomically into a
// temp folder and rename them into place), as a ratio to the floor measured in the same run: JSON.stringify of
// the same profiles and one write of that text (with fsync) to a file.
import { mkdtempSync, rmSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildExport, EXPORT_FORMATS, type ExportFormat } from '../src/core/export'
import type { Profile } from '../src/core/model'
import { countProblems, needsAttention, validateProfiles } from '../src/core/validate'
import { writeExport } from '../src/services/export/writeExport'
import { formatId } from '../src/services/library/commands'
import type { BenchResult } from './harness'
import { syntheticProfiles } from '../src/services/library/__fixtures__/syntheticProfiles'

const log = (message: string): void => console.error(`[export] ${message}`)

async function timed(work: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

/** The floor: JSON.stringify of the profiles, written once and fsynced. */
async function floor(profiles: readonly Profile[], file: string): Promise<number> {
  return timed(async () => {
    const handle = await open(file, 'w')
    try {
      await handle.write(JSON.stringify(profiles))
      await handle.sync()
    } finally {
      await handle.close()
    }
  })
}

async function exportOnce(
  profiles: readonly Profile[],
  formats: readonly ExportFormat[],
  out: string,
): Promise<number> {
  return timed(async () => {
    const counts = countProblems(validateProfiles(profiles, { year: 2026 }))
    const plan = buildExport(profiles, {
      formats,
      filter: {},
      hasProblems: (id) => needsAttention(counts.get(id)),
    })
    await writeExport(out, plan.files)
  })
}

function row(name: string, size: number, total: number, floorMs: number, note: string): BenchResult {
  return {
    name,
    size,
    median: total / size,
    p99: Number.NaN,
    total,
    floor: floorMs,
    ratio: total / floorMs,
    note,
  }
}

export async function exportBench(size: number): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pc-bench-export-'))
  try {
    log(`${size}: generating profiles`)
    // Ids as the library gives them: unique, in order.
    const profiles = syntheticProfiles(0, size).map((p, i) => ({ ...p, id: formatId(i + 1) }))
    const floorMs = await floor(profiles, join(dir, 'floor.json'))
    const results: BenchResult[] = []
    const validate = await timed(() => validateProfiles(profiles, { year: 2026 }))
    results.push(row('export: validate', size, validate, floorMs, 'every rule, duplicates included'))
    for (const format of EXPORT_FORMATS) {
      log(`${size}: ${format}`)
      const out = join(dir, `out-${format}`)
      const total = await exportOnce(profiles, [format], out)
      rmSync(out, { recursive: true, force: true })
      const note =
        format === 'md'
          ? 'a file per profile + index'
          : format === 'datapackage'
            ? '4 CSV files + datapackage.json'
            : format === 'csv'
              ? '4 CSV files'
              : 'one file'
      results.push(
        row(`export: ${format}`, size, total, floorMs, `${note}; floor JSON.stringify + one write`),
      )
    }
    return results
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
