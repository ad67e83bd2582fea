// The figures a reliability suite measured in its last run (cases tried, faults injected, edits checked), written
// to .tmp/reliability/NAME.json and printed, so docs/reliability.md quotes numbers a run produced.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const DIR = join(__dirname, '../../.tmp/reliability')

export function recordFigures(suite: string, figures: Record<string, number | string>): void {
  mkdirSync(DIR, { recursive: true })
  const stamped = { suite, at: new Date().toISOString(), ...figures }
  writeFileSync(join(DIR, `${suite}.json`), JSON.stringify(stamped, null, 2) + '\n')
  console.log(`[reliability] ${suite}: ${JSON.stringify(figures)}`)
}
