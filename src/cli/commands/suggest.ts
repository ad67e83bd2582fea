// `suggest`: the values the narrative and the other metrics suggest for each missing metric, with evidence; and
// accepting or rejecting them by the reference it prints (`ID/KEY`), each as one undoable change.
import { Option, type Command } from 'commander'
import { formatMetric } from '../../core/metrics/formatMetric'
import { CONFIDENCE_LEVELS, type ConfidenceLevel, type Suggestion } from '../../core/suggest'
import { METRIC_KEYS, type MetricKey } from '../../core/model'
import {
  acceptSuggestions,
  librarySuggestions,
  rejectSuggestions,
  type SuggestionRef,
} from '../../services/fill/suggestions'
import { LibraryError } from '../../services/library/errors'
import { action, withLibrary } from '../run'
import { renderTable } from '../table'

interface Options {
  library: string
  json?: boolean
  metric?: MetricKey
  level?: ConfidenceLevel
  notices?: boolean
  accept?: string[]
  reject?: string[]
  acceptAll?: boolean
}

function refOf(text: string): SuggestionRef {
  const slash = text.indexOf('/')
  if (slash <= 0)
    throw new LibraryError('invalid', `${text}: not a suggestion reference (ID/KEY, as suggest prints it)`)
  return { profileId: text.slice(0, slash), key: text.slice(slash + 1) }
}

const rank = (level: ConfidenceLevel): number => CONFIDENCE_LEVELS.indexOf(level)

export function registerSuggest(program: Command): void {
  program
    .command('suggest')
    .description(
      'Print the values suggested for missing metrics (from the narrative, or derived), with their evidence.',
    )
    .requiredOption('--library <dir>', 'the library folder')
    .addOption(new Option('--metric <metric>', 'only suggestions for this metric').choices(METRIC_KEYS))
    .addOption(
      new Option('--level <level>', 'only suggestions at least this confident').choices(CONFIDENCE_LEVELS),
    )
    .option('--notices', 'also print the figures that were turned down, with the reason (on stderr)')
    .option('--accept <ref...>', 'store these suggestions (ID/KEY as printed), as one undoable change')
    .option('--reject <ref...>', 'turn these suggestions down for good (undoable)')
    .option(
      '--accept-all',
      'store the most confident suggestion for each profile and metric shown (with --metric and --level)',
    )
    .option('--json', 'print JSON instead of a table')
    .action(
      action(async (options: Options) => {
        const writing = Boolean(options.accept?.length || options.reject?.length || options.acceptAll)
        await withLibrary(options.library, { readOnly: !writing }, async (library) => {
          if (options.accept?.length || options.reject?.length) {
            if (options.accept?.length) {
              const result = await acceptSuggestions(library, options.accept.map(refOf))
              process.stdout.write(`${result.label}\n`)
            }
            if (options.reject?.length) {
              const result = await rejectSuggestions(library, options.reject.map(refOf))
              process.stdout.write(`${result.label}\n`)
            }
            return
          }
          const { suggestions, notices } = librarySuggestions(library)
          const shown = suggestions
            .filter((s) => !options.metric || s.metric === options.metric)
            .filter((s) => !options.level || rank(s.level) <= rank(options.level))
          if (options.acceptAll) {
            const best = new Map<string, Suggestion>()
            for (const s of shown) {
              const slot = `${s.profileId} ${s.metric}`
              const kept = best.get(slot)
              if (!kept || s.confidence > kept.confidence) best.set(slot, s)
            }
            if (best.size === 0) return void process.stdout.write('Nothing to accept\n')
            const refs = [...best.values()].map((s) => ({ profileId: s.profileId, key: s.key }))
            return void process.stdout.write(`${(await acceptSuggestions(library, refs)).label}\n`)
          }
          const profile = (id: string) => library.get(id)!.profile
          if (options.notices) {
            for (const n of notices.filter((n) => !options.metric || n.metric === options.metric))
              process.stderr.write(
                `${n.profileId} ${profile(n.profileId).city}: ${n.metric} ${n.figure}: ${n.reason}\n`,
              )
          }
          if (options.json) {
            const rows = shown.map((s) => ({
              ref: `${s.profileId}/${s.key}`,
              city: profile(s.profileId).city,
              country: profile(s.profileId).country,
              ...s,
            }))
            return void process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`)
          }
          const rows = shown.map((s) => [
            `${s.profileId}/${s.key}`,
            profile(s.profileId).city,
            s.metric,
            formatMetric(s.value),
            `${s.level} ${s.confidence.toFixed(2)}`,
            s.evidence,
          ])
          process.stdout.write(
            renderTable(['ref', 'city', 'metric', 'suggested', 'confidence', 'evidence'], rows, 90),
          )
          const profiles = new Set(shown.map((s) => s.profileId)).size
          process.stdout.write(
            `\n${shown.length} suggestion${shown.length === 1 ? '' : 's'} for ${profiles} profile${profiles === 1 ? '' : 's'}\n`,
          )
        })
      }),
    )
}
