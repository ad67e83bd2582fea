// The profile-curator command line: argument parsing and printing only; the work is done by services.
import { Command } from 'commander'
import { registerParse } from './commands/parse'

const program = new Command()
  .name('profile-curator')
  .description('Curate a dataset of learning-city profiles: parse, import, fill and export.')
  .showHelpAfterError()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) })

registerParse(program)

await program.parseAsync(process.argv)
