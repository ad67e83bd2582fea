// validate and export as a user runs them, on a real library folder.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeMetric, makeProfile } from '../core/library/testProfile'

const BIN = join(__dirname, '../../bin/profile-curator.js')
const SEEDS = join(__dirname, '../../../shared/seeds')

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('validate and export from the command line', () => {
  it('validates the library, exports every format, and filters', () => {
    const root = mkdtempSync(join(tmpdir(), 'pc-cli-export-'))
    const lib = join(root, 'library')
    const extra = join(root, 'cork.json')
    const cork = makeProfile({
      id: 'cork',
      city: 'Cork',
      country: 'Ireland',
      metrics: { memberSince: makeMetric('memberSince', { value: 1999 }) },
      links: [{ label: 'City', url: 'www.corkcity.ie' }],
    })
    writeFileSync(extra, JSON.stringify([cork]))
    expect(run('import', SEEDS, extra, '--library', lib).status).toBe(0)

    const text = run('validate', '--library', lib)
    expect(text.status).toBe(0)
    expect(text.stdout).toMatch(
      /cork {2}Cork, Ireland\n {2}error {4}metrics\.memberSince\.value +Member since 1999 is before the Global Network/,
    )
    expect(text.stdout).toMatch(/2 errors, 0 warnings, 31 missing or informational, in 6 profiles\n$/)
    const json = JSON.parse(run('validate', '--library', lib, '--json').stdout) as Array<{
      profileId: string
      rule: string
      fixes: Array<{ set: Record<string, unknown> }>
    }>
    const link = json.find((p) => p.rule === 'invalid-link')!
    expect(link.profileId).toBe('cork')
    expect(link.fixes[0]!.set).toEqual({ links: [{ label: 'City', url: 'http://www.corkcity.ie' }] })

    const out = join(root, 'out')
    const exported = run(
      'export',
      '--library',
      lib,
      '--format',
      'json,jsonl,csv,md,datapackage',
      '--out',
      out,
    )
    expect(exported.status).toBe(0)
    expect(exported.stdout).toMatch(
      /^Exported 6 profiles to .*out: profiles\.json, profiles\.jsonl, profiles\.csv/,
    )
    expect(exported.stderr).toMatch(/warning: 1 exported profile has problems left \(2 errors, 0 warnings\)/)
    expect(readdirSync(out).sort()).toEqual([
      'contacts.csv',
      'datapackage.json',
      'links.csv',
      'markdown',
      'profiles.csv',
      'profiles.json',
      'profiles.jsonl',
      'sections.csv',
    ])
    expect(readFileSync(join(out, 'links.csv'), 'utf8')).toContain('cork,1,City,http://www.corkcity.ie\n')

    const filtered = join(root, 'filtered')
    const clean = run(
      'export',
      ...['--library', lib, '--format', 'jsonl', '--out', filtered, '--country', 'Ireland', 'China'],
      ...['--has-problems', 'no', '--status', 'draft', '--json'],
    )
    expect((JSON.parse(clean.stdout) as { profiles: number }).profiles).toBe(5)
    expect(clean.stderr).toBe('')
  }, 60_000)

  it('gives one-line reasons for a bad format or a folder that is not a library', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-cli-export-bad-'))
    const bad = run('export', '--library', dir, '--format', 'json,xml', '--out', join(dir, 'out'))
    expect([bad.status, bad.stderr.trim()]).toEqual([
      1,
      '--format: unknown format xml; use json,jsonl,csv,md,datapackage',
    ])
    const notLib = run('validate', '--library', dir)
    expect(notLib.status).toBe(1)
    expect(notLib.stderr.trim()).toMatch(/is not a Profile Curator library/)
    expect(readdirSync(dir)).toEqual([])
  })
})
