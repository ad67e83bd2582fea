import type { Command } from 'commander'
import { action, withLibrary } from '../run'

/** `delete` moves profiles to the trash and `restore` brings them back; both are undoable. */
export function registerTrash(program: Command): void {
  for (const [name, description] of [
    [
      'delete',
      'Move profiles (by id) of the library at DIR to its trash; undoable, and `restore` brings them back.',
    ],
    ['restore', 'Restore profiles (by id) from the trash of the library at DIR.'],
  ] as const) {
    program
      .command(name)
      .description(description)
      .argument('<id...>', 'profile ids, as `list` shows them')
      .requiredOption('--library <dir>', 'the library folder')
      .action(
        action(async (ids: string[], options: { library: string }) => {
          await withLibrary(options.library, {}, async (library) => {
            const result = await library.apply({ type: name, ids })
            process.stdout.write(`${result.changed.length === 0 ? 'Nothing to do' : result.label}\n`)
          })
        }),
      )
  }
}
