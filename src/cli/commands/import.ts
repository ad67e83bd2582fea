import { Option, type Command } from 'commander'
import { SingleBar } from 'cli-progress'
import {
  CONFLICT_POLICIES,
  importFiles,
  type ConflictPolicy,
  type ImportReport,
} from '../../services/import/importFiles'
import { action, withLibrary } from '../run'
import { renderTable } from '../table'

function printReport(report: ImportReport): void {
  const rows = report.rows.map((r) => [
    r.file + (r.item === null ? '' : `#${r.item}`),
    r.outcome,
    r.id ?? '',
    [r.city, r.country].filter(Boolean).join(', '),
    r.reason ??
      (r.action
        ? `${r.action}: ${r.differences.map((d) => `${d.field}${d.taken ? '' : ' (kept)'}`).join(', ') || 'no field differs'}`
        : ''),
  ])
  process.stdout.write(renderTable(['file', 'outcome', 'id', 'city', 'detail'], rows, 60))
  const c = report.counts
  process.stdout.write(
    `\n${c.new} new, ${c.unchanged} unchanged, ${c.conflict} conflicts, ${c.failed} failed, ${c.skipped} skipped${report.cancelled ? ' (cancelled)' : ''}\n`,
  )
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'Import files and folders (recursively) into the library at DIR, created if absent; print the report.',
    )
    .argument('<file-or-dir...>', 'profile documents, or folders of them')
    .requiredOption('--library <dir>', 'the library folder')
    .addOption(
      new Option('--on-conflict <policy>', 'when the same city is already in the library')
        .choices(CONFLICT_POLICIES)
        .default('merge'),
    )
    .option('--json', 'print the report as JSON')
    .action(
      action(
        async (
          inputs: string[],
          options: { library: string; onConflict: ConflictPolicy; json?: boolean },
        ) => {
          await withLibrary(options.library, { create: true }, async (library) => {
            const bar = process.stderr.isTTY
              ? new SingleBar({
                  format: 'importing [{bar}] {value}/{total} {file}',
                  hideCursor: true,
                  clearOnComplete: true,
                })
              : null
            let started = false
            const controller = new AbortController()
            const stop = (): void => controller.abort()
            process.once('SIGINT', stop)
            const report = await importFiles(library, inputs, {
              onConflict: options.onConflict,
              signal: controller.signal,
              onProgress: ({ done, total, file }) => {
                if (!bar || total <= 3) return
                if (!started) bar.start(total, 0, { file: '' })
                started = true
                bar.update(done, { file: file.slice(-40) })
              },
            })
            process.off('SIGINT', stop)
            if (started) bar?.stop()
            if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
            else printReport(report)
            if (report.counts.failed > 0 || report.cancelled) process.exitCode = 1
          })
        },
      ),
    )
}
