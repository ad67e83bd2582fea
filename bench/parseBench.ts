// Parse throughput on 10,000 raw profiles in every layout, against reading the same bytes and splitting
// them into lines.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseFile } from '../src/services/parseFiles'
import { textToLines } from '../src/core/input/plainToLines'
import { parseLines } from '../src/core/parse/parse'
import { result, timeEach, type BenchResult } from './harness'
import { syntheticRawProfiles } from './syntheticRaw'

export async function parseBench(count = 10_000): Promise<BenchResult[]> {
  const texts = syntheticRawProfiles(count)
  const dir = mkdtempSync(join(tmpdir(), 'pc-bench-parse-'))
  try {
    const files = texts.map((text, i) => {
      const file = join(dir, `${String(i).padStart(5, '0')}.txt`)
      writeFileSync(file, text)
      return file
    })
    const splitFloor = await timeEach(files, (f) => readFileSync(f, 'utf8').split(/\r\n|\r|\n/))
    const files1 = await timeEach(files, (f) => parseFile(f))
    const lines = texts.map(textToLines)
    const memFloor = await timeEach(texts, (t) => t.split(/\r\n|\r|\n/))
    const core = await timeEach(lines, (l) => parseLines(l, { file: null, sha256: null }))
    const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6
    return [
      result(
        'parse: files to profiles',
        files1,
        splitFloor,
        `${mb.toFixed(1)} MB; floor: read + split lines`,
      ),
      result('parse: lines to profile (core)', core, memFloor, 'floor: split lines in memory'),
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
