import type { Command } from 'commander'
import { parseFiles } from '../../services/parseFiles'
import { printDiagnostics } from '../print'

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('Print the profiles parsed from FILEs as a JSON array on stdout (no library is touched).')
    .argument('<file...>', 'text, Markdown, HTML, JSON or CSV files')
    .option('--compact', 'print one line of JSON instead of indented JSON')
    .option('--trace', 'include, for each profile, where every source line went')
    .action(async (files: string[], options: { compact?: boolean; trace?: boolean }) => {
      const outcomes = await parseFiles(files)
      let failed = 0
      const out: unknown[] = []
      for (const outcome of outcomes) {
        if (outcome.error) {
          failed += 1
          process.stderr.write(`${outcome.error}\n`)
          continue
        }
        for (const reason of outcome.rejected) process.stderr.write(`${outcome.file}: ${reason}\n`)
        if (outcome.rejected.length > 0) failed += 1
        for (const doc of outcome.documents) {
          printDiagnostics(outcome.file, doc.diagnostics)
          out.push(options.trace ? { ...doc.profile, trace: doc.trace } : doc.profile)
        }
      }
      process.stdout.write(`${JSON.stringify(out, null, options.compact ? undefined : 2)}\n`)
      if (failed > 0) process.exitCode = 1
    })
}
