// Suggestion time for N profiles (narrative suggestions and derived values, every metric the parser left empty),
// as a ratio to the parse time of the same profiles (lines to profile, core). Profiles are made and measured in
// chunks so that 100,000 of them never sit in memory at once.
import { textToLines } from '../src/core/input/plainToLines'
import { parseLines } from '../src/core/parse/parse'
import { suggestForProfile } from '../src/core/suggest'
import { result, timeEach, type BenchResult } from './harness'
import { syntheticRawProfiles } from './syntheticRaw'

const CHUNK = 10_000

export async function suggestBench(count: number): Promise<BenchResult[]> {
  const parseTimes: number[] = []
  const suggestTimes: number[] = []
  let suggestions = 0
  for (let done = 0; done < count; done += CHUNK) {
    const n = Math.min(CHUNK, count - done)
    const lines = syntheticRawProfiles(n, 42 + done).map(textToLines)
    const profiles: Array<ReturnType<typeof parseLines>['profile']> = []
    parseTimes.push(
      ...(await timeEach(lines, (l) => profiles.push(parseLines(l, { file: null, sha256: null }).profile))),
    )
    suggestTimes.push(
      ...(await timeEach(profiles, (p) => {
        suggestions += suggestForProfile(p).suggestions.length
      })),
    )
  }
  const r = result(
    'suggest: profiles to suggestions (core)',
    suggestTimes,
    parseTimes,
    'floor: parse the same profiles (core)',
  )
  return [{ ...r, detail: { suggestions } }]
}
