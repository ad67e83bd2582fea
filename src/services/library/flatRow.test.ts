// scanFlatRow against JSON.parse: it reads exactly what JSON.stringify writes, or declines.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { flatRowReader, scanFlatRow } from './flatRow'

const runs = Number(process.env.FUZZ_RUNS ?? 1000)

/** What an index row holds, and what it could hold in a file edited by hand. */
const value = fc.oneof(
  // Mostly the characters that JSON escapes or that delimit a row.
  fc.string({ unit: fc.constantFrom('a', 'é', '😀', '"', '\\', ',', '[', ']', '\n', '\u0001', 'null', '1') }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.nat(),
  fc.maxSafeNat(),
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.nat(), { maxLength: 2 }),
  fc.dictionary(fc.string(), fc.nat(), { maxKeys: 2 }),
)

/** The row read from within a longer text, string by string checked for escapes and not; both must agree. */
function scanAll(text: string, prefix = ''): unknown[] | null {
  const full = `${prefix}${text}\n…`
  const checked = scanFlatRow(full, prefix.length, prefix.length + text.length)
  expect(flatRowReader(full)(prefix.length, prefix.length + text.length)).toEqual(checked)
  return checked
}

describe('scanFlatRow', () => {
  it('gives what JSON.parse gives for any JSON.stringify array, or declines', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 12 }), fc.string(), (row, prefix) => {
        const text = JSON.stringify(row)
        const scanned = scanAll(text, prefix)
        if (scanned !== null) expect(scanned).toEqual(JSON.parse(text))
      }),
      { numRuns: runs },
    )
  })

  it('reads every row of the kind the index writes', () => {
    const plain = fc.string({ unit: 'grapheme' }).filter((s) => JSON.stringify(s) === `"${s}"`)
    const digits = fc.integer({ min: 0, max: 999_999_999_999_999 })
    fc.assert(
      fc.property(fc.array(fc.oneof(plain, digits, fc.constant(null)), { maxLength: 12 }), (row) => {
        expect(scanAll(JSON.stringify(row))).toEqual(row)
      }),
      { numRuns: runs },
    )
  })

  it('never reads text that JSON.parse would read otherwise', () => {
    // Rows damaged by hand: a character changed, dropped or inserted.
    const damaged = fc
      .tuple(fc.array(value, { maxLength: 6 }), fc.nat(), fc.string({ maxLength: 2 }), fc.nat({ max: 2 }))
      .map(([row, at, inserted, drop]) => {
        const text = JSON.stringify(row)
        const i = at % (text.length + 1)
        return text.slice(0, i) + inserted + text.slice(i + drop)
      })
    fc.assert(
      fc.property(damaged, (text) => {
        const scanned = scanAll(text)
        if (scanned === null) return
        let parsed: unknown
        try {
          parsed = JSON.parse(text)
        } catch {
          // Text JSON.parse refuses is declined too, except raw control characters in a string (see scanFlatRow).
          expect([...text].some((c) => c < ' ')).toBe(true)
          return
        }
        expect(scanned).toEqual(parsed)
      }),
      { numRuns: runs },
    )
  })

  it('declines what it does not read exactly', () => {
    for (const text of [
      '[1, 2]',
      '[-1]',
      '[1.5]',
      '[1e3]',
      '[01]',
      '[1234567890123456]',
      '["a\\"b"]',
      '[nul]',
      '[1,]',
      '[,]',
      '[',
      '{}',
      '"a"',
      '[true]',
    ])
      expect(scanAll(text), text).toBeNull()
    expect(scanAll('[]')).toEqual([])
    expect(scanAll('["p-000001","Loüsanto",43,null,""]')).toEqual(['p-000001', 'Loüsanto', 43, null, ''])
  })
})
