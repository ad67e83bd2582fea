// `fill`: metrics from a reference table (CSV): what it fills, what it keeps, and the rows it cannot place.
import type { Command } from 'commander'
import { formatMetric } from '../../core/metrics/formatMetric'
import { parseMapping, type TablePlan } from '../../core/suggest'
import { applyTablePlan, planTableFill } from '../../services/fill/referenceTable'
import { LibraryError } from '../../services/library/errors'
import { action, withLibrary } from '../run'
import { renderTable } from '../table'

interface Options {
  library: string
  from: string
  overwrite?: boolean
  dryRun?: boolean
  map?: string
  json?: boolean
}

const KEPT: Record<string, string> = {
  manual: 'typed by the curator: kept',
  'has-value': 'has a value (--overwrite replaces it)',
  same: 'already this value',
  'earlier-row': 'an earlier row of the table filled it',
}

function report(plan: TablePlan, dryRun: boolean): string {
  const out: string[] = []
  if (plan.fills.length > 0) {
    const rows = plan.fills.map((f) => [
      f.profileId,
      f.city,
      f.metric,
      formatMetric(f.before),
      formatMetric(f.after),
      String(f.row),
    ])
    out.push(renderTable(['id', 'city', 'metric', 'before', dryRun ? 'would be' : 'now', 'row'], rows, 40))
  }
  const lines = [
    ...plan.kept.map((k) => `row ${k.row}: ${k.city} ${k.metric} not changed: ${KEPT[k.reason]}`),
    ...plan.ambiguous.map(
      (a) =>
        `row ${a.row}: ${a.city}${a.country ? `, ${a.country}` : ''} is ambiguous: ${a.candidates.map((c) => `${c.id} (${c.city}, ${c.country})`).join(' or ')}`,
    ),
    ...plan.unmatched.map(
      (u) => `row ${u.row}: ${u.city || '(no city)'}${u.country ? `, ${u.country}` : ''} matches no profile`,
    ),
    ...plan.invalid.map((i) => `row ${i.row}: ${i.column} "${i.value}": ${i.reason}`),
  ]
  if (lines.length > 0) out.push(`${out.length > 0 ? '\n' : ''}${lines.join('\n')}\n`)
  const profiles = new Set(plan.fills.map((f) => f.profileId)).size
  const verb = dryRun ? 'would fill' : 'filled'
  out.push(
    `\n${plan.file}: ${verb} ${plan.fills.length} metric${plan.fills.length === 1 ? '' : 's'} in ${profiles} profile${profiles === 1 ? '' : 's'}; ` +
      `${plan.kept.length} kept, ${plan.ambiguous.length} ambiguous, ${plan.unmatched.length} unmatched, ${plan.invalid.length} unreadable\n`,
  )
  return out.join('')
}

export function registerFill(program: Command): void {
  program
    .command('fill')
    .description(
      'Fill missing metrics from a reference table (CSV: city, country, metric columns, year, source).',
    )
    .requiredOption('--library <dir>', 'the library folder')
    .requiredOption('--from <table>', 'the reference table (.csv)')
    .option('--overwrite', 'also replace values already there, except those typed by the curator')
    .option('--dry-run', 'print what would change, change nothing')
    .option(
      '--map <COLUMN=FIELD,...>',
      'name the columns the table calls otherwise (FIELD: city, country, year, source, ignore or a metric)',
    )
    .option('--json', 'print the plan as JSON')
    .action(
      action(async (options: Options) => {
        let mapping: Record<string, string> = {}
        try {
          mapping = options.map ? parseMapping(options.map) : {}
        } catch (error) {
          throw new LibraryError('invalid', (error as Error).message)
        }
        const dryRun = Boolean(options.dryRun)
        await withLibrary(options.library, { readOnly: dryRun }, async (library) => {
          const { plan } = await planTableFill(library, options.from, {
            overwrite: options.overwrite,
            mapping,
          })
          for (const column of plan.unknownColumns)
            process.stderr.write(
              `${plan.file}: column "${column}" is not read (name it with --map "${column}=FIELD")\n`,
            )
          const result = dryRun ? null : await applyTablePlan(library, plan)
          if (options.json) {
            return void process.stdout.write(
              `${JSON.stringify({ ...plan, applied: result ? result.seq : null }, null, 2)}\n`,
            )
          }
          process.stdout.write(report(plan, dryRun))
          if (result)
            process.stdout.write(
              `${result.label} (undo with: profile-curator undo --library ${options.library})\n`,
            )
        })
      }),
    )
}
