import { InvalidArgumentError, type Command } from 'commander'
import { action, withLibrary } from '../run'
import { renderTable } from '../table'

/** A whole number from 1 up; `abc`, `-3` or `2.5` are refused with the reason, not read as NaN or garbage. */
function positiveInteger(value: string): number {
  const n = Number(value)
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError('expected a whole number from 1 up, such as 12')
  return n
}

export function registerHistory(program: Command): void {
  program
    .command('history')
    .description('Show the latest changes to the library at DIR, newest first.')
    .requiredOption('--library <dir>', 'the library folder')
    .option('--limit <n>', 'how many changes', positiveInteger, 30)
    .option('--json', 'print JSON instead of a table')
    .action(
      action(async (options: { library: string; limit: number; json?: boolean }) => {
        await withLibrary(options.library, { readOnly: true }, async (library) => {
          const items = await library.history(options.limit)
          if (options.json) return void process.stdout.write(`${JSON.stringify(items, null, 2)}\n`)
          const rows = items.map((h) => [
            String(h.seq),
            h.at.replace('T', ' ').slice(0, 19),
            h.label + (h.undone ? ' (undone)' : ''),
            String(h.profiles.length),
          ])
          process.stdout.write(renderTable(['#', 'when (UTC)', 'change', 'profiles'], rows, 80))
        })
      }),
    )

  for (const [name, description] of [
    ['undo', 'Undo the latest change to the library at DIR.'],
    ['redo', 'Redo the latest undone change.'],
  ] as const) {
    program
      .command(name)
      .description(description)
      .requiredOption('--library <dir>', 'the library folder')
      .action(
        action(async (options: { library: string }) => {
          await withLibrary(options.library, {}, async (library) => {
            const result = name === 'undo' ? await library.undo() : await library.redo()
            process.stdout.write(`${result.label}\n`)
          })
        }),
      )
  }

  program
    .command('revert')
    .description(
      'Revert one earlier change (#SEQ from history) on its own, when no later change touched the same fields.',
    )
    .argument('<seq>', 'the change number shown by history', positiveInteger)
    .requiredOption('--library <dir>', 'the library folder')
    .action(
      action(async (seq: number, options: { library: string }) => {
        await withLibrary(options.library, {}, async (library) => {
          process.stdout.write(`${(await library.revert(seq)).label}\n`)
        })
      }),
    )
}
