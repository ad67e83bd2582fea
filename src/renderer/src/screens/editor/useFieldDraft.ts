// A draft of one top-level field, checked with the field's own schema before it is sent (the schema main
// checks with), so invalid input stays on screen with its reason and never reaches the library.
import { fieldValueSchema, type TopField } from '../../../../core/library/fields'
import type { Profile } from '../../../../core/model'
import { describeIssues } from '../../../../core/model/zodIssues'
import { useEditor } from './editorContext'
import { useDraft, type Draft } from './useDraft'
import type { Outcome } from './useProfile'

/** Checks `value` for `path`: null when the model accepts it, else the reason. */
export function fieldProblem(path: TopField, value: unknown): string | null {
  const result = fieldValueSchema(path).safeParse(value)
  return result.success ? null : describeIssues(result.error.issues)
}

/**
 * A draft of `path` as the form shows it (`show`), saved as the model holds it (`store`): an empty headline is
 * stored as null, for example.
 */
export function useFieldDraft<P extends TopField, V>(
  path: P,
  show: (stored: Profile[P]) => V,
  store: (shown: V) => Profile[P],
): Draft<V> {
  const { profile, update } = useEditor()
  return useDraft(path, show(profile[path]), (shown): Promise<Outcome> | Outcome => {
    const value = store(shown)
    const problem = fieldProblem(path, value)
    if (problem) return problem
    return update(() => ({ [path]: value }))
  })
}

const same = <T>(value: T): T => value

/** A text field stored as typed. */
export function useTextDraft(path: 'city' | 'country' | 'notes'): Draft<string> {
  return useFieldDraft(path, same, same)
}
