// import, list, undo, redo, history and revert as a user runs them, on a real library folder.
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const BIN = join(__dirname, '../../bin/profile-curator.js')
const SEEDS = join(__dirname, '../../../shared/seeds')

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('the library from the command line', () => {
  it('imports the seeds, lists them with completeness, reports unchanged on a second import, and undoes', () => {
    const lib = join(mkdtempSync(join(tmpdir(), 'pc-cli-lib-')), 'my-library')
    const first = run('import', SEEDS, '--library', lib)
    expect(first.status).toBe(0)
    expect(first.stdout).toMatch(/5 new, 0 unchanged/)

    const list = run('list', '--library', lib, '--json')
    const rows = JSON.parse(list.stdout) as Array<{ city: string; percent: number }>
    expect(rows.map((r) => `${r.city} ${r.percent}`)).toEqual([
      'Beijing 43',
      'Changzhou 43',
      'Hangzhou 0',
      'Shenzhen 43',
      'Wuhan 14',
    ])
    expect(run('list', '--library', lib, '--missing', 'gdpCity').stdout).toMatch(
      /Hangzhou[^\n]*\n\n1 profile\n/,
    )

    const again = run('import', SEEDS, '--library', lib, '--json')
    expect((JSON.parse(again.stdout) as { counts: { unchanged: number } }).counts.unchanged).toBe(5)

    expect(run('undo', '--library', lib).stdout).toMatch(/Undo: Import 5 profiles/)
    expect(run('list', '--library', lib).stdout).toMatch(/0 profiles/)
    expect(run('redo', '--library', lib).stdout).toMatch(/Redo: Import 5 profiles/)
    expect(run('delete', 'p-000002', '--library', lib).stdout).toMatch(/Move Shenzhen to the trash/)
    expect(run('list', '--library', lib, '--trash').stdout).toMatch(/Shenzhen[\s\S]*1 profile\n/)
    expect(run('restore', 'p-000002', '--library', lib).stdout).toMatch(/Restore Shenzhen from the trash/)
    const unknown = run('delete', 'p-999999', '--library', lib)
    expect([unknown.status, unknown.stderr.trim()]).toEqual([1, 'no profile with id p-999999'])
    const history = run('history', '--library', lib).stdout
    expect(history).toMatch(
      /5 .*Restore Shenzhen[\s\S]*3 .*Redo: Import 5 profiles[\s\S]*1 .*Import 5 profiles/,
    )
    // A dozen processes, each starting TypeScript through tsx.
  }, 90_000)

  it('gives one-line reasons for bad arguments and libraries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-cli-bad-'))
    const notLib = run('list', '--library', dir)
    expect(notLib.status).toBe(1)
    expect(notLib.stderr.trim()).toMatch(/is not a Profile Curator library/)
    expect(run('undo', '--library', join(dir, 'nowhere')).stderr.trim()).toMatch(/no such folder/)
    const badPolicy = run('import', SEEDS, '--library', dir, '--on-conflict', 'overwrite')
    expect(badPolicy.status).not.toBe(0)
    expect(badPolicy.stderr).toMatch(/Allowed choices are merge, skip, replace, keep-both/)
  })
})
