// Parsing is total and conserves text, on generated text and on real-looking profiles damaged at random.
// FUZZ_RUNS raises the number of cases (npm run test:soak).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { textToLines } from '../input/plainToLines'
import { conservationProblems } from './conservation'
import { parseLines } from './parse'
import { ProfileSchema } from '../model'
import { textCorpus } from '../../../test/corpus'

const corpus = textCorpus.map(([, text]) => text)

function check(text: string): void {
  const lines = textToLines(text)
  const doc = parseLines(lines, { file: null, sha256: null })
  expect(doc.diagnostics.filter((d) => d.code === 'parser-error')).toEqual([])
  expect(conservationProblems(lines, doc)).toEqual([])
  expect(ProfileSchema.safeParse(doc.profile).error?.issues ?? []).toEqual([])
}

/** One random damage to a document: what copying from a web page does to text. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('join-lines' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.string({ unit: 'grapheme', maxLength: 60 }),
  }),
  fc.record({
    kind: fc.constant('insert-label' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '• City population: ',
      'Member since',
      'Mayor',
      'groups',
      'GDP – city: ',
      'format_quote',
      '  1. Contact',
    ),
  }),
  fc.record({ kind: fc.constant('upper' as const), at: fc.nat() }),
)
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n')
  const at = lines.length === 0 ? 0 : m.at % lines.length
  switch (m.kind) {
    case 'cut':
      return text.slice(0, m.at % (text.length + 1))
    case 'delete-line':
      lines.splice(at, 1)
      break
    case 'join-lines':
      lines.splice(at, 2, (lines[at] ?? '') + (lines[at + 1] ?? ''))
      break
    case 'duplicate-line':
      lines.splice(at, 0, lines[at] ?? '')
      break
    case 'swap-lines': {
      const to = lines.length === 0 ? 0 : m.to % lines.length
      ;[lines[at], lines[to]] = [lines[to] ?? '', lines[at] ?? '']
      break
    }
    case 'insert':
    case 'insert-label':
      lines.splice(at, 0, m.text)
      break
    case 'upper':
      lines[at] = (lines[at] ?? '').toUpperCase()
      break
  }
  return lines.join('\n')
}

describe('parser properties', () => {
  it('never throws and conserves every line of arbitrary text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 120 }), { maxLength: 40 }), (lines) =>
        check(lines.join('\n')),
      ),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 300) },
    )
  })

  it('never throws and conserves every line of real-looking profiles damaged at random', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...corpus),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (text, ms) => check(ms.reduce(mutate, text)),
      ),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 400) },
    )
  })

  it('conserves every line of every fixture as it is', () => {
    for (const text of corpus) check(text)
  })
})
