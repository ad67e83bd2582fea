// npm run bench: every benchmark, printed as a table and saved to bench/results/latest.json.
//   --quick                   500 parse profiles and libraries of 1,000 profiles, for a smoke check
//   --sizes 1000,10000        library sizes (default 1000,10000,100000; 100,000 takes minutes and GBs)
//   --suites parse,renderer   which suites to run (default parse,library,renderer,suggest,export)
//   suggest and export run at 10,000 and 100,000 profiles (1,000 with --quick; --sizes sets them too)
import { join } from 'node:path'
import { getHeapStatistics } from 'node:v8'
import { printTable, saveResults, type BenchResult } from './harness'
import { exportBench } from './exportBench'
import { libraryBench } from './libraryBench'
import { parseBench } from './parseBench'
import { rendererBench } from './rendererBench'
import { suggestBench } from './suggestBench'

function option(name: string): string | undefined {
  const args = process.argv.slice(2)
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`))
  if (i < 0) return undefined
  const arg = args[i]!
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[i + 1]
}

const list = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)

const quick = process.argv.includes('--quick')
const sizesArg = option('sizes')
const sizes = sizesArg
  ? list(sizesArg).map((s) => {
      const n = Number(s.replace(/_/g, ''))
      if (!Number.isInteger(n) || n < 1) throw new Error(`--sizes: ${s} is not a positive whole number`)
      return n
    })
  : quick
    ? [1000]
    : [1000, 10_000, 100_000]
const suites = new Set(list(option('suites') ?? 'parse,library,renderer,suggest,export'))
const largeSizes = sizesArg ? sizes : quick ? [1000] : [10_000, 100_000]

const results: BenchResult[] = []
if (suites.has('parse')) results.push(...(await parseBench(quick ? 500 : 10_000)))
if (suites.has('library')) for (const size of sizes) results.push(...(await libraryBench(size)))
if (suites.has('renderer')) for (const size of sizes) results.push(...(await rendererBench(size)))
if (suites.has('suggest')) for (const size of largeSizes) results.push(...(await suggestBench(size)))
if (suites.has('export')) for (const size of largeSizes) results.push(...(await exportBench(size)))
printTable(results)
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`
console.log(
  `\nthis process: peak rss ${mb(process.resourceUsage().maxRSS * 1024)}, heap limit ${mb(getHeapStatistics().heap_size_limit)}`,
)
console.log(`\nsaved to ${saveResults(results, join(import.meta.dirname, 'results'))}`)
