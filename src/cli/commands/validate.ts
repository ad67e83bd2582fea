import type { Command } from 'commander'
import { countProblems, type Problem } from '../../core/validate'
import { liveProfiles, validateLibrary } from '../../services/export/exportLibrary'
import { action, withLibrary } from '../run'

function printProblems(problems: readonly Problem[], names: Map<string, string>): void {
  let current = ''
  for (const p of problems) {
    if (p.profileId !== current) {
      current = p.profileId
      process.stdout.write(
        `${current === problems[0]!.profileId ? '' : '\n'}${current}  ${names.get(current)}\n`,
      )
    }
    process.stdout.write(`  ${p.severity.padEnd(7)}  ${p.field.padEnd(32)}  ${p.message}\n`)
  }
  const counts = { error: 0, warning: 0, info: 0 }
  for (const p of problems) counts[p.severity] += 1
  const profiles = countProblems(problems).size
  process.stdout.write(
    `${problems.length > 0 ? '\n' : ''}${counts.error} errors, ${counts.warning} warnings, ${counts.info} missing or informational, in ${profiles} profile${profiles === 1 ? '' : 's'}\n`,
  )
}

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description(
      'Print the problems of the library at DIR: missing, out of range, inconsistent, duplicates, damage.',
    )
    .requiredOption('--library <dir>', 'the library folder')
    .option('--json', 'print the problems as JSON, each with its field and the fixes the app can apply')
    .action(
      action(async (options: { library: string; json?: boolean }) => {
        await withLibrary(options.library, { readOnly: true }, async (library) => {
          const problems = validateLibrary(library)
          if (options.json) {
            process.stdout.write(`${JSON.stringify(problems, null, 2)}\n`)
            return
          }
          const names = new Map(
            liveProfiles(library).map((p) => [p.id, [p.city, p.country].filter(Boolean).join(', ')]),
          )
          printProblems(problems, names)
        })
      }),
    )
}
