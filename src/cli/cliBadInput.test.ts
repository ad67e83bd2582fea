// The command line on bad arguments and missing files, as a user mistypes them: each exits non-zero and says on
// the first line of stderr what is wrong (commander may add the command's usage below it), and a library it was
// pointed at is not changed. Complements cli.test.ts, library.cli.test.ts and export.cli.test.ts, which cover an
// unreadable input file, a folder that is not a library, an unknown conflict policy and an unknown format.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { recordFigures } from '../../test/reliability/figures'
import { folderHash } from '../../test/reliability/folderHash'

const BIN = join(__dirname, '../../bin/profile-curator.js')
const SAMPLES = join(__dirname, '../../resources/sample')

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

const root = mkdtempSync(join(tmpdir(), 'pc-cli-bad-input-'))
const lib = join(root, 'lib')
const file = join(root, 'file.txt')
const missing = join(root, 'missing')

beforeAll(() => {
  writeFileSync(file, 'not a folder')
  expect(run('import', SAMPLES, '--library', lib).status).toBe(0)
})

// [arguments, what the first line of stderr must say]
const CASES: Array<[string[], RegExp]> = [
  [['frobnicate'], /^error: unknown command 'frobnicate'/],
  [['list', '--library', lib, '--bogus'], /^error: unknown option '--bogus'/],
  [['list'], /^error: required option '--library <dir>' not specified/],
  [['parse'], /^error: missing required argument 'file'/],
  [['parse', `${missing}.txt`], /missing\.txt: no such file/],
  [['delete', '--library', lib], /^error: missing required argument 'id'/],
  [['delete', 'p-nobody', '--library', lib], /^no profile with id p-nobody$/],
  [['restore', 'p-nobody', '--library', lib], /^no profile with id p-nobody$/],
  [['revert', 'abc', '--library', lib], /^error: .*'abc' is invalid .*expected a whole number from 1 up/],
  [['revert', '-3', '--library', lib], /(invalid|unknown option)/],
  [['revert', '99999', '--library', lib], /^change 99999 is not in effect/],
  [['history', '--library', lib, '--limit', '0'], /'0' is invalid.*expected a whole number/],
  [['history', '--library', lib, '--limit', 'ten'], /'ten' is invalid.*expected a whole number/],
  [['list', '--library', file], /file\.txt: not a folder \(a file is in the way\)$/],
  // These escaped raw (`ENOTDIR: not a directory, scandir …` with a stack, `EEXIST: file already exists, mkdir`).
  [['import', SAMPLES, '--library', file], /file\.txt: not a folder \(a file is in the way\)$/],
  [
    ['import', SAMPLES, '--library', join(file, 'sub')],
    /file\.txt\/sub: not a folder \(a file is in the way\)$/,
  ],
  [['history', '--library', file], /file\.txt: not a folder \(a file is in the way\)$/],
  [['suggest', '--library', missing], /missing: no such folder$/],
  [['fill', '--library', lib], /^error: required option '--from <table>' not specified/],
  [['fill', '--library', lib, '--from', `${missing}.csv`], /missing\.csv/],
  [['export', '--library', lib], /^error: required option '--format <list>' not specified/],
  [
    ['export', '--library', lib, '--format', 'json', '--out', file],
    /file\.txt: not a folder \(a file is in the way\)$/,
  ],
  [
    ['export', '--library', lib, '--format', 'json', '--out', join(file, 'out')],
    /file\.txt: not a folder \(a file is in the way\)$/,
  ],
  [['export', '--library', file, '--format', 'json', '--out', join(root, 'out')], /file\.txt: not a folder/],
  [['list', '--library', lib, '--missing', 'happiness'], /^error: option .*'happiness' is invalid/],
]

describe('the CLI on bad arguments and missing files', () => {
  it('exits non-zero with the reason on the first line of stderr, and leaves the library as it was', () => {
    const before = folderHash(lib)
    for (const [args, reason] of CASES) {
      const r = run(...args)
      const first = r.stderr.trim().split('\n')[0] ?? ''
      expect(r.status, args.join(' ')).not.toBe(0)
      expect(first, `${args.join(' ')}\n${r.stderr}`).toMatch(reason)
      expect(first.length, first).toBeLessThan(220)
      expect(first).not.toMatch(/^\s*at |Error: .*\n\s+at /) // no stack trace
      expect(r.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/)
      expect(first, 'a raw system error').not.toMatch(/\bE[A-Z]{3,}\b|, (open|mkdir|scandir|rename) '/)
    }
    expect(folderHash(lib)).toBe(before)
    expect(readFileSync(file, 'utf8')).toBe('not a folder')
    recordFigures('cli-bad-input', { cases: CASES.length })
  }, 120_000)
})
