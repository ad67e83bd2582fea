// Run by libraryBench in a fresh process (with --trace-gc): opens a library read-only and prints the memory
// before and after, and the process's peak rss. The open parses synchronously, so a timer cannot sample the
// heap during it: the parent reads the heap's peak from the --trace-gc lines between OPEN-START and OPEN-END,
// and the rss peak is the kernel's high-water mark (resourceUsage().maxRSS).
import { writeSync } from 'node:fs'
import { Library } from '../src/services/library/library'

const dir = process.argv[2]
if (!dir) throw new Error('usage: libraryMemoryChild.ts <library folder>')
const say = (line: string): void => void writeSync(1, `${line}\n`)

const base = process.memoryUsage()
const baseMaxRss = process.resourceUsage().maxRSS * 1024
say('OPEN-START')
const start = performance.now()
const lib = await Library.open(dir, { readOnly: true })
const openMs = performance.now() - start
const after = process.memoryUsage()
const peakRss = process.resourceUsage().maxRSS * 1024
say('OPEN-END')
say(
  `RESULT ${JSON.stringify({
    openMs,
    size: lib.size,
    baseRss: base.rss,
    /** The high-water mark before the open (loading modules): a peak equal to it was not the open's. */
    baseMaxRss,
    peakRss: Math.max(peakRss, after.rss),
    afterRss: after.rss,
    baseHeap: base.heapUsed,
    afterHeap: after.heapUsed,
    external: after.external,
  })}`,
)
await lib.close()
