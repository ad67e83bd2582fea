// The real profile texts the parser's property tests start from: the seeds and both fixture corpora (the first
// one and the second writer's holdout pages), each with a name to report it by.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const SEEDS = join(__dirname, '../../shared/seeds')
const FIXTURES = ['layouts', 'holdout'].map((corpus) => join(__dirname, 'fixtures', corpus))

export const textCorpus: ReadonlyArray<readonly [name: string, text: string]> = [
  ...readdirSync(SEEDS).map((f) => [f, readFileSync(join(SEEDS, f), 'utf8')] as const),
  ...FIXTURES.flatMap((root) =>
    readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(join(root, d.name))
          .filter((f) => f.endsWith('.txt'))
          .map((f) => [`${d.name}/${f}`, readFileSync(join(root, d.name, f), 'utf8')] as const),
      ),
  ),
]
