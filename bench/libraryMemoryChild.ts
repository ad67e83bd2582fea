// Run by libraryBench in a fresh process (with --trace-gc): opens a library read-only and prints the memory
// before and after, and the peak rss during the open. The open parses synchronously, so a timer cannot sample
// the heap during it: the parent reads the heap's peak from the --trace-gc lines between OPEN-START and
// OPEN-END. The rss peak is the kernel's high-water mark. Before the open, a full collection drops the garbage
// of loading the modules, and on Linux the high-water mark is reset to the rss of that moment
// (/proc/self/clear_refs), so the peak is the open's own and not that of module loading. Elsewhere the
// high-water mark of the whole process is all there is: `peakIsOpens` says which.
import { readFileSync, writeFileSync, writeSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { Library } from '../src/services/library/library'

const dir = process.argv[2]
if (!dir) throw new Error('usage: libraryMemoryChild.ts <library folder>')
const say = (line: string): void => void writeSync(1, `${line}\n`)

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** Resets the rss high-water mark to the current rss; false where the OS cannot. */
function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5')
    return true
  } catch {
    return false
  }
}

/** The rss high-water mark in bytes: VmHWM where there is /proc, else getrusage's maxrss. */
function peakRss(): number {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]
    if (kb) return Number(kb) * 1024
  } catch {
    // no /proc
  }
  return process.resourceUsage().maxRSS * 1024
}

gc()
const baseMaxRss = peakRss()
const peakIsOpens = resetPeakRss()
const base = process.memoryUsage()
say('OPEN-START')
const start = performance.now()
const lib = await Library.open(dir, { readOnly: true })
const openMs = performance.now() - start
const after = process.memoryUsage()
const peak = peakRss()
say('OPEN-END')
say(
  `RESULT ${JSON.stringify({
    openMs,
    size: lib.size,
    baseRss: base.rss,
    /** The high-water mark before the open (loading modules). */
    baseMaxRss,
    peakIsOpens,
    peakRss: Math.max(peak, after.rss),
    afterRss: after.rss,
    baseHeap: base.heapUsed,
    afterHeap: after.heapUsed,
    baseExternal: base.external + base.arrayBuffers,
    afterExternal: after.external + after.arrayBuffers,
  })}`,
)
await lib.close()
