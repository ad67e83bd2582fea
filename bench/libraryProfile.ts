// One phase of the library benchmark on its own, to run under the V8 profiler:
//   npx tsx bench/libraryProfile.ts build <dir> <size>          import <size> synthetic profiles, compact, keep
//   node --cpu-prof --cpu-prof-dir=<out> --import tsx bench/libraryProfile.ts <phase> <dir> [runs]
//     open     Library.open read-only        list     readLibraryList
//     edit     200 one-field updates          import   build <dir> (absent) with [runs] profiles
// then `npx tsx bench/cpuProfileTop.ts <out>/*.cpuprofile [--focus name]` to see where the time goes.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { makeMetric } from '../src/core/library/testProfile'
import { formatId } from '../src/services/library/commands'
import { Library } from '../src/services/library/library'
import { prng, syntheticProfiles } from '../src/services/library/__fixtures__/syntheticProfiles'

const [phase, dir, arg] = process.argv.slice(2)
if (!phase || !dir) throw new Error('usage: libraryProfile.ts <build|open|list|edit|import> <dir> [n]')

async function build(size: number): Promise<void> {
  const lib = await Library.open(dir!, { create: true })
  for (let from = 0; from < size; from += 500)
    await lib.apply({ type: 'create', profiles: syntheticProfiles(from, Math.min(500, size - from)) })
  const start = performance.now()
  await lib.compact()
  console.log(`compact ${(performance.now() - start).toFixed(0)} ms`)
  await lib.close()
}

async function time(label: string, runs: number, work: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await work()
    console.log(`${label} ${(performance.now() - start).toFixed(1)} ms`)
  }
}

const runs = Number(arg ?? 3)
switch (phase) {
  case 'build':
  case 'import':
    await build(Number(arg ?? 10_000))
    break
  case 'open':
    await time('open', runs, async () => (await Library.open(dir, { readOnly: true })).close())
    break
  case 'list': {
    const file = join(import.meta.dirname, '../src/services/library/listIndex.ts')
    if (!existsSync(file)) throw new Error('src/services/library/listIndex.ts is not there')
    const { readLibraryList } = (await import(pathToFileURL(file).href)) as {
      readLibraryList: (dir: string) => Promise<unknown>
    }
    await time('list', runs, () => readLibraryList(dir))
    break
  }
  case 'edit': {
    const lib = await Library.open(dir)
    const size = lib.size
    const random = prng(1)
    await time('200 edits', 1, async () => {
      for (let i = 0; i < 200; i++) {
        const id = formatId(1 + Math.floor(random() * size))
        const set =
          i % 2 === 0
            ? { notes: `Checked (${i}).` }
            : { 'metrics.population': makeMetric('population', { value: 1000 + i, origin: 'manual' }) }
        await lib.apply({ type: 'update', by: 'curator', updates: [{ id, set }] })
      }
    })
    await lib.close()
    break
  }
  default:
    throw new Error(`unknown phase ${phase}`)
}
