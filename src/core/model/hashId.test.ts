import { describe, expect, it } from 'vitest'
import { hashId } from './hashId'

describe('hashId', () => {
  it('is FNV-1a 64 over UTF-8 (published test vectors)', () => {
    expect(hashId('')).toBe('cbf29ce484222325')
    expect(hashId('a')).toBe('af63dc4c8601ec8c')
    expect(hashId('foobar')).toBe('85944171f73967e8')
  })

  it('hashes the UTF-8 bytes of non-ASCII text', () => {
    // "é" is C3 A9 in UTF-8: the same as hashing those two bytes as Latin-1 code points would not be.
    expect(hashId('é')).not.toBe(hashId('\u00c3\u00a9'))
    expect(hashId('Kraków')).toMatch(/^[0-9a-f]{16}$/)
  })

  it('does not collide on 100,000 similar rows', () => {
    const ids = new Set(Array.from({ length: 100_000 }, (_, i) => hashId(`row ${i},Changzhou,China`)))
    expect(ids.size).toBe(100_000)
  })
})
