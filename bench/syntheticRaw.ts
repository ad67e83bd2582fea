// A synthetic corpus of raw profiles in every layout: the seeds and the layout fixtures, with city,
// country and figures varied by a seeded generator so that no two documents are the same.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..')

function templates(): string[] {
  const seeds = join(ROOT, '../shared/seeds')
  const fixtures = join(ROOT, 'test/fixtures/layouts')
  return [
    ...readdirSync(seeds).map((f) => readFileSync(join(seeds, f), 'utf8')),
    ...readdirSync(fixtures, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(join(fixtures, d.name))
          .filter((f) => f.endsWith('.txt'))
          .map((f) => readFileSync(join(fixtures, d.name, f), 'utf8')),
      ),
  ]
}

/** Mulberry32: a tiny seeded PRNG, so every run measures the same corpus. */
function prng(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SYLLABLES = ['ka', 'lo', 'ri', 'san', 'to', 'ber', 'mi', 'na', 'vel', 'do', 'ra', 'gu', 'zen', 'po']

export function syntheticRawProfiles(count: number, seed = 42): string[] {
  const base = templates()
  const random = prng(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!
  return Array.from({ length: count }, (_, i) => {
    const name = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join('')
    const city = name[0]!.toUpperCase() + name.slice(1)
    // Vary figures so that number parsing is exercised on different inputs.
    return pick(base)
      .replace(/\b\d{1,3}(,\d{3})+\b/g, () => Math.floor(random() * 900_000 + 1000).toLocaleString('en-US'))
      .replace(/\b(Changzhou|Shenzhen|Beijing|Hangzhou|Wuhan)\b/g, city)
      .concat(i % 7 === 0 ? `\n\n${city} continues to expand its learning programmes.` : '')
  })
}
