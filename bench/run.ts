// npm run bench: every benchmark, printed as a table and saved to bench/results/latest.json.
// `npm run bench -- --quick` runs smaller sizes for a smoke check.
import { join } from 'node:path'
import { printTable, saveResults, type BenchResult } from './harness'
import { parseBench } from './parseBench'

const quick = process.argv.includes('--quick')
const results: BenchResult[] = [...(await parseBench(quick ? 500 : 10_000))]
printTable(results)
console.log(`\nsaved to ${saveResults(results, join(import.meta.dirname, 'results'))}`)
