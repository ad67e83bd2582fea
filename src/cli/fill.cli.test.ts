// suggest and fill as a user runs them, on a real library folder made from the seeds.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const BIN = join(__dirname, '../../bin/profile-curator.js')
const SEEDS = join(__dirname, '../../../shared/seeds')

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

interface Row {
  ref: string
  city: string
  metric: string
  value: { value: number | null; min: number | null; year: number | null }
  evidence: string
}

describe('suggest and fill from the command line', () => {
  // About fifteen processes, each starting TypeScript through tsx: slow on a busy machine.
  it('suggests from the seeds, accepts one and rejects another, each undoable', () => {
    const lib = join(mkdtempSync(join(tmpdir(), 'pc-cli-suggest-')), 'lib')
    expect(run('import', SEEDS, '--library', lib).status).toBe(0)
    const table = run('suggest', '--library', lib)
    expect(table.stdout).toMatch(/Hangzhou +population +≥ 9,000,000 people \(2015\) +high/)
    expect(table.stdout).toMatch(/3 suggestions for 2 profiles\n$/)
    const rows = JSON.parse(run('suggest', '--library', lib, '--json').stdout) as Row[]
    expect(rows.map((r) => `${r.city} ${r.metric}`)).toEqual([
      'Changzhou memberSince',
      'Hangzhou population',
      'Hangzhou yearsOfSchooling',
    ])
    const notices = run('suggest', '--library', lib, '--metric', 'population', '--notices')
    expect(notices.stderr).toMatch(/Hangzhou: population 21 million: a figure for a wider area/)

    const [member, population, schooling] = rows
    expect(run('suggest', '--library', lib, '--accept', population!.ref).stdout).toBe(
      'Fill Hangzhou: Population (suggestion)\n',
    )
    expect(run('suggest', '--library', lib, '--reject', schooling!.ref).stdout).toBe(
      'Reject a suggestion for Hangzhou\n',
    )
    const after = JSON.parse(run('suggest', '--library', lib, '--json').stdout) as Row[]
    expect(after.map((r) => r.ref)).toEqual([member!.ref])
    const list = JSON.parse(run('list', '--library', lib, '--json').stdout) as Array<{
      city: string
      missing: string[]
    }>
    expect(list.find((p) => p.city === 'Hangzhou')!.missing).not.toContain('population')
    expect(run('undo', '--library', lib).stdout).toMatch(/Undo: Reject a suggestion for Hangzhou/)
    expect(run('suggest', '--library', lib, '--level', 'high', '--json').stdout).toContain(schooling!.ref)
    expect(run('suggest', '--library', lib, '--accept-all', '--metric', 'memberSince').stdout).toBe(
      'Fill Changzhou: Member since (suggestion)\n',
    )
    expect(run('suggest', '--library', lib, '--accept-all', '--metric', 'memberSince').stdout).toBe(
      'Nothing to accept\n',
    )
    const bad = run('suggest', '--library', lib, '--accept', 'p-000004/population:nope')
    expect([bad.status, bad.stderr.trim()]).toEqual([
      1,
      'p-000004: suggestion population:nope is no longer offered (the profile changed)',
    ])
  }, 180_000)

  it('fills from a table with a dry run first, reports what it cannot place, and changes nothing that is the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-cli-fill-'))
    const lib = join(dir, 'lib')
    expect(run('import', SEEDS, '--library', lib).status).toBe(0)
    const csv = join(dir, 'cities.csv')
    writeFileSync(
      csv,
      [
        'Place,Land,Pop,Area (km²),Year,Source',
        'hangzhou,China,"10,360,000",16850,2019,Statistics Bureau',
        'WUHAN,People’s Republic of China,11.2 million,8569,2019,',
        'Atlantis,Nowhere,1000,,,',
        'Beijing,China,lots,,,',
      ].join('\n'),
    )
    const unmapped = run('fill', '--library', lib, '--from', csv)
    expect([unmapped.status, unmapped.stderr.trim()]).toEqual([
      1,
      `${csv}: no city column (name one with --map COLUMN=city)`,
    ])
    const map = ['--map', 'Place=city,Land=country,Pop=population']
    const dry = run('fill', '--library', lib, '--from', csv, ...map, '--dry-run')
    expect(dry.status).toBe(0)
    expect(dry.stdout).toMatch(/p-000004 +Hangzhou +population +— +10,360,000 people \(2019\) +2/)
    expect(dry.stdout).toMatch(/row 4: Atlantis, Nowhere matches no profile/)
    expect(dry.stdout).toMatch(/row 5: Pop "lots": not a figure for City population/)
    expect(dry.stdout).toMatch(
      /cities.csv: would fill 4 metrics in 2 profiles; 0 kept, 0 ambiguous, 1 unmatched, 1 unreadable/,
    )
    expect(run('history', '--library', lib, '--json').stdout).not.toMatch(/Fill/)

    const done = run('fill', '--library', lib, '--from', csv, ...map)
    expect(done.stdout).toMatch(/Fill 4 metrics of 2 profiles from cities.csv/)
    const again = run('fill', '--library', lib, '--from', csv, ...map, '--overwrite', '--json')
    const plan = JSON.parse(again.stdout) as { fills: unknown[]; kept: Array<{ reason: string }> }
    expect(plan.fills).toEqual([])
    expect(plan.kept.map((k) => k.reason)).toEqual(['same', 'same', 'same', 'same'])
    expect(run('undo', '--library', lib).stdout).toMatch(/Undo: Fill 4 metrics of 2 profiles from cities.csv/)
  }, 180_000)
})
