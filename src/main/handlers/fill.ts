// Filling missing metrics: the review queue of suggestions (accept or reject, each one undoable command), the
// fill from a reference table (choose, preview, apply what was previewed), and completeness per metric.
import { hashId } from '../../core/model/hashId'
import { metricCoverage, type ColumnRole } from '../../core/suggest'
import { previewTableFill, applyTablePlan } from '../../services/fill/referenceTable'
import {
  acceptSuggestions,
  librarySuggestionsInSlices,
  rejectSuggestions,
} from '../../services/fill/suggestions'
import { LibraryError } from '../../services/library/errors'
import type { Handlers } from '../../shared/api'
import type { Services } from './context'
import { mutation } from './mutation'

type FillHandlers = Pick<
  Handlers,
  | 'suggestions:list'
  | 'suggestions:accept'
  | 'suggestions:reject'
  | 'fill:chooseTable'
  | 'fill:plan'
  | 'fill:apply'
  | 'completeness:get'
>

const roleName = (role: ColumnRole | null): string | null =>
  role === null ? null : role.kind === 'metric' ? role.metric : role.kind

export function fillHandlers(services: Services): FillHandlers {
  const { session, context } = services
  const preview = async ({
    path,
    overwrite,
    replaceManual,
    mapping,
  }: Parameters<Handlers['fill:plan']>[0]) => {
    const library = await session.library()
    const fill = await previewTableFill(library, path, { overwrite, replaceManual, mapping })
    const token = hashId(JSON.stringify([path, library.seq, fill.plan.fills]))
    return {
      path,
      header: fill.header,
      roles: fill.mapping.roles.map(roleName),
      problems: fill.mapping.problems,
      plan: fill.plan,
      token,
    }
  }
  return {
    'suggestions:list': async () => {
      const library = await session.library()
      const seq = library.seq
      const { suggestions, notices } = await librarySuggestionsInSlices(library)
      // A profile an undo removed while the list was read is left out; the window asks again as seq moved.
      const where = <T extends { profileId: string }>(item: T) => {
        const profile = library.get(item.profileId)?.profile
        return profile ? [{ ...item, city: profile.city, country: profile.country }] : []
      }
      return {
        seq,
        suggestions: suggestions.flatMap(where),
        notices: notices.flatMap(where),
      }
    },
    'suggestions:accept': ({ items }) => mutation(services, (library) => acceptSuggestions(library, items)),
    'suggestions:reject': ({ items }) => mutation(services, (library) => rejectSuggestions(library, items)),
    'fill:chooseTable': async () => (await context.dialogs.chooseFiles('reference-table'))?.[0] ?? null,
    'fill:plan': preview,
    'fill:apply': async ({ token, ...input }) => {
      const current = await preview(input)
      if (current.token !== token)
        throw new LibraryError(
          'conflict',
          `${input.path}: the table or the library changed since the preview; preview it again`,
        )
      if (current.problems.length > 0)
        throw new LibraryError('invalid', `${input.path}: ${current.problems.join('; ')}`)
      return mutation(services, async (library) => {
        const result = await applyTablePlan(library, current.plan)
        return result ?? { seq: null, label: 'Nothing to fill', changed: [] }
      })
    },
    'completeness:get': async () => {
      const library = await session.library()
      const live = [...library.records()].filter((r) => !r.deleted).map((r) => r.profile)
      return { seq: library.seq, rows: metricCoverage(live) }
    },
  }
}
