// Every change answers the same way: what the library reported, and the library's new state (its seq, and
// what undo and redo would do next), so the window never has to ask again.
import type { ApplyResult } from '../../core/library/reports'
import type { Library } from '../../services/library/library'
import type { MutationResult } from '../../shared/api'
import type { Services } from './context'

export async function mutation(
  { session }: Services,
  change: (library: Library) => Promise<ApplyResult>,
): Promise<MutationResult> {
  const result = await change(await session.library())
  return { ...result, info: await session.info() }
}
