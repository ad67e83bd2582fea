import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDefaultLibrary } from './defaultLibrary'

const SAMPLES = join(__dirname, '../../../resources/sample')

describe('openDefaultLibrary', () => {
  it('fills a new default library with the samples once, and reopens it as the curator left it', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'pc-userdata-'))
    const first = await openDefaultLibrary(userData, SAMPLES)
    expect([...first.records()].map((r) => r.profile.city).sort()).toEqual([
      'Beijing',
      'Changzhou',
      'Hangzhou',
      'Shenzhen',
      'Wuhan',
    ])
    expect(await first.nextUndo()).toBeNull()
    await first.apply({ type: 'delete', ids: ['p-000001'] })
    await first.close()
    const again = await openDefaultLibrary(userData, SAMPLES)
    expect(again.size).toBe(4)
    await again.close()
  })
})
