import { Option, type Command } from 'commander'
import { METRIC_KEYS, StatusSchema, type MetricKey, type Status } from '../../core/model'
import { readLibraryList } from '../../services/library/listIndex'
import { action } from '../run'
import { renderTable } from '../table'

export function registerList(program: Command): void {
  program
    .command('list')
    .description('List the profiles of the library at DIR with their completeness.')
    .requiredOption('--library <dir>', 'the library folder')
    .addOption(new Option('--missing <metric>', 'only profiles missing this metric').choices(METRIC_KEYS))
    .addOption(
      new Option('--status <status>', 'only profiles with this status').choices(StatusSchema.options),
    )
    .option('--trash', 'list the profiles in the trash instead')
    .option('--json', 'print JSON instead of a table')
    .action(
      action(
        async (options: {
          library: string
          missing?: MetricKey
          status?: Status
          trash?: boolean
          json?: boolean
        }) => {
          const list = (await readLibraryList(options.library))
            .filter((s) => Boolean(s.deleted) === Boolean(options.trash))
            .filter((s) => !options.missing || s.missing.includes(options.missing))
            .filter((s) => !options.status || s.status === options.status)
            .sort(
              (a, b) =>
                a.country.localeCompare(b.country) ||
                a.city.localeCompare(b.city) ||
                a.id.localeCompare(b.id),
            )
          if (options.json) {
            process.stdout.write(`${JSON.stringify(list, null, 2)}\n`)
            return
          }
          const rows = list.map((s) => [
            s.id,
            s.city,
            s.country,
            s.status,
            `${String(s.percent).padStart(3)}%`,
            s.missing.join(', '),
          ])
          process.stdout.write(
            renderTable(['id', 'city', 'country', 'status', 'complete', 'missing'], rows, 110),
          )
          process.stdout.write(`\n${list.length} profile${list.length === 1 ? '' : 's'}\n`)
        },
      ),
    )
}
