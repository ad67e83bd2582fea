// The profile-curator command line: argument parsing and printing only; the work is done by services.
import { Command } from 'commander'
import { registerExport } from './commands/export'
import { registerFill } from './commands/fill'
import { registerHistory } from './commands/history'
import { registerImport } from './commands/import'
import { registerList } from './commands/list'
import { registerParse } from './commands/parse'
import { registerSuggest } from './commands/suggest'
import { registerTrash } from './commands/trash'
import { registerValidate } from './commands/validate'
import packageJson from '../../package.json' with { type: 'json' }

const { version } = packageJson

const program = new Command()
  .name('profile-curator')
  .description('Curate a dataset of learning-city profiles: parse, import, fill and export.')
  .version(version)
  .showHelpAfterError()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) })

registerParse(program)
registerImport(program)
registerList(program)
registerHistory(program)
registerTrash(program)
registerSuggest(program)
registerFill(program)
registerValidate(program)
registerExport(program)

await program.parseAsync(process.argv)
