// The command line as a user runs it: a real process, real files, stdout for data, stderr for messages.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ProfileSchema } from '../core/model'

const BIN = join(__dirname, '../../bin/profile-curator.js')
const SEEDS = join(__dirname, '../../../shared/seeds')

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('profile-curator parse', () => {
  it('prints the seeds as a JSON array of valid profiles, in input order', () => {
    const files = readdirSync(SEEDS)
      .sort()
      .map((f) => join(SEEDS, f))
    const r = run('parse', ...files)
    expect(r.status).toBe(0)
    const profiles = JSON.parse(r.stdout) as unknown[]
    expect(profiles.map((p) => ProfileSchema.parse(p).city)).toEqual([
      'Changzhou',
      'Shenzhen',
      'Beijing',
      'Hangzhou',
      'Wuhan',
    ])
  })

  it('names each unreadable file on stderr, exits non-zero, and still prints the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-cli-'))
    const empty = join(dir, 'empty.txt')
    writeFileSync(empty, '')
    const r = run('parse', empty, join(SEEDS, readdirSync(SEEDS)[0]!), join(dir, 'missing.txt'))
    expect(r.status).toBe(1)
    expect((JSON.parse(r.stdout) as Array<{ city: string }>).map((p) => p.city)).toEqual(['Changzhou'])
    const lines = r.stderr.trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/empty\.txt.*empty/)
    expect(lines[1]).toMatch(/missing\.txt.*no such file/)
  })

  it('prints one profile per element of a JSON file, and reports the invalid ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-cli-'))
    const parsed = JSON.parse(run('parse', join(SEEDS, readdirSync(SEEDS)[0]!)).stdout) as unknown[]
    const file = join(dir, 'profiles.json')
    writeFileSync(file, JSON.stringify([...parsed, { city: 'Nowhere' }, ...parsed]))
    const r = run('parse', '--compact', file)
    expect(r.status).toBe(1)
    expect(JSON.parse(r.stdout)).toHaveLength(2)
    expect(r.stdout.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/element 1/)
  })

  it('prints diagnostics on stderr without touching stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-cli-'))
    const file = join(dir, 'cut.txt')
    writeFileSync(
      file,
      'Cork, Ireland\n\nCork joined the Global Network of Learning Cities in 2015 and has since built a network of learning neighbourhoods across the ci',
    )
    const r = run('parse', file)
    expect(r.status).toBe(0)
    expect(r.stderr).toMatch(/cut\.txt:3: warning truncated/)
    expect(JSON.parse(r.stdout)).toHaveLength(1)
  })

  it('has help for every command', () => {
    expect(run('--help').stdout).toMatch(/parse \[options\] <file\.\.\.>/)
    expect(run('parse', '--help').stdout).toMatch(/--compact/)
    const bad = run('parse')
    expect(bad.status).not.toBe(0)
    expect(bad.stderr).toMatch(/missing required argument/)
  })
})
