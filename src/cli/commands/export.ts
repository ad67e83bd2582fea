import { Option, type Command } from 'commander'
import { EXPORT_FORMATS, ExportFormatSchema, type ExportFormat } from '../../core/export'
import { StatusSchema, type Status } from '../../core/model'
import { resolve } from 'node:path'
import { exportLibrary } from '../../services/export/exportLibrary'
import { LibraryError } from '../../services/library/errors'
import { action, withLibrary } from '../run'

function formats(list: string): ExportFormat[] {
  const names = list
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean)
  const bad = names.filter((f) => !ExportFormatSchema.safeParse(f).success)
  if (bad.length > 0 || names.length === 0)
    throw new LibraryError(
      'invalid',
      `--format: unknown format ${bad.join(', ') || '(none)'}; use ${EXPORT_FORMATS.join(',')}`,
    )
  return names as ExportFormat[]
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Write the cleaned dataset of the library at DIR to the folder OUT, atomically.')
    .requiredOption('--library <dir>', 'the library folder')
    .requiredOption('--format <list>', `comma-separated formats: ${EXPORT_FORMATS.join(',')}`)
    .requiredOption('--out <dir>', 'the folder to write into (created if absent)')
    .addOption(
      new Option('--status <status...>', 'only profiles with these statuses').choices(StatusSchema.options),
    )
    .option('--country <name...>', 'only profiles of these countries (any name of the country)')
    .addOption(
      new Option(
        '--has-problems <yes|no>',
        'only profiles with (yes) or without (no) errors or warnings',
      ).choices(['yes', 'no']),
    )
    .option('--json', 'print the report as JSON')
    .action(
      action(
        async (options: {
          library: string
          format: string
          out: string
          status?: Status[]
          country?: string[]
          hasProblems?: 'yes' | 'no'
          json?: boolean
        }) => {
          const list = formats(options.format)
          await withLibrary(options.library, { readOnly: true }, async (library) => {
            const report = await exportLibrary(library, resolve(options.out), {
              formats: list,
              filter: {
                status: options.status,
                country: options.country,
                hasProblems: options.hasProblems === undefined ? undefined : options.hasProblems === 'yes',
              },
            })
            if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
            else {
              const md = report.files.filter((f) => f.startsWith('markdown/')).length
              const shown = report.files.filter((f) => !f.startsWith('markdown/'))
              if (md > 0) shown.push(`markdown/ (${md} files)`)
              process.stdout.write(
                `Exported ${report.profiles} profile${report.profiles === 1 ? '' : 's'} to ${report.out}: ${shown.join(', ')}\n`,
              )
            }
            if (report.withProblems > 0)
              process.stderr.write(
                `warning: ${report.withProblems} exported profile${report.withProblems === 1 ? ' has' : 's have'} problems left (${report.errors} errors, ${report.warnings} warnings); run validate to see them\n`,
              )
          })
        },
      ),
    )
}
