// The profile being edited, as main last answered it, and the one way to change it: `update` queues a change and
// sends it as `profile:update` once the changes before it are answered, computing it from the profile as it is
// then. So a change made while another is on its way (a section moved right after its body was typed) builds on
// the saved result, never on a stale copy, and edits reach main in the order they were made.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { FieldPath } from '../../../../core/library/fields'
import type { Profile } from '../../../../core/model'
import type { ApiError, LibraryInfo, ProfileView, Reply } from '../../../../shared/api'

export type SavingState = 'saving' | 'saved' | 'error'
export type FieldSet = Partial<Record<FieldPath, unknown>>
/** What became of a change: null when saved (or when there was nothing to save), else main's reason. */
export type Outcome = string | null

async function call<T>(send: () => Promise<Reply<T>>): Promise<Reply<T>> {
  try {
    return await send()
  } catch (error) {
    // A bridge that throws is an app fault, shown like any refusal rather than as a blank editor.
    return { ok: false, error: { code: 'internal', message: String(error) } }
  }
}

export interface ProfileSession {
  view: ProfileView | null
  loadError: ApiError | null
  /** Queues a change; `make` returns the fields to set, or null when there is nothing to change by then. */
  update: (make: (profile: Profile) => FieldSet | null) => Promise<Outcome>
  /** A field's problem (invalid input it holds back, or main's refusal), or null once it is fixed. */
  setProblem: (field: string, problem: string | null) => void
  /** Resolves once every queued change has been answered. */
  idle: () => Promise<void>
}

export interface ProfileHooks {
  onSaving: (state: SavingState) => void
  /** The library after each saved change (its seq, what undo would do next). */
  onChanged?: (info: LibraryInfo) => void
  /** A change main refused: the library's state may have changed with it (its folder moved away). */
  onRefused?: () => void
}

export function useProfile(id: string, seq: number | undefined, hooks: ProfileHooks): ProfileSession {
  const [view, setView] = useState<ProfileView | null>(null)
  const [loadError, setLoadError] = useState<ApiError | null>(null)
  const viewRef = useRef<ProfileView | null>(null)
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const pending = useRef(0)
  const problems = useRef(new Map<string, string>())
  const lastFailed = useRef(false)
  /** The library's seq after our own last change: that seq needs no reload, the reply carried the record. */
  const ownSeq = useRef<number | null>(null)
  const reported = useRef<SavingState | null>(null)
  const hooksRef = useRef(hooks)
  useEffect(() => {
    hooksRef.current = hooks
  })

  const report = useCallback(() => {
    const state: SavingState =
      pending.current > 0 ? 'saving' : problems.current.size > 0 || lastFailed.current ? 'error' : 'saved'
    if (state !== reported.current) {
      reported.current = state
      hooksRef.current.onSaving(state)
    }
  }, [])

  const show = useCallback((next: ProfileView) => {
    viewRef.current = next
    setView(next)
  }, [])

  useEffect(() => {
    if (seq !== undefined && seq === ownSeq.current && viewRef.current?.record.id === id) return
    let current = true
    // Queued behind pending changes, so a reload never shows a profile older than a change already sent.
    queue.current = queue.current.then(async () => {
      const reply = await call(() => window.api['profile:get']({ id }))
      if (!current) return
      if (reply.ok) {
        show(reply.value)
        setLoadError(null)
      } else setLoadError(reply.error)
    })
    return () => {
      current = false
    }
  }, [id, seq, show])

  const update = useCallback(
    (make: (profile: Profile) => FieldSet | null): Promise<Outcome> => {
      pending.current += 1
      report()
      const job = queue.current.then(async (): Promise<Outcome> => {
        const loaded = viewRef.current
        if (!loaded) return 'The profile is not loaded'
        const set = make(loaded.record.profile)
        if (set === null || Object.keys(set).length === 0) return null
        const reply = await call(() => window.api['profile:update']({ id, set }))
        if (!reply.ok) {
          hooksRef.current.onRefused?.()
          return reply.error.message
        }
        ownSeq.current = reply.value.info.seq
        hooksRef.current.onChanged?.(reply.value.info)
        show({ record: reply.value.record, source: loaded.source })
        return null
      })
      // A change that throws must not stall the ones queued after it.
      queue.current = job.catch(() => undefined)
      return job
        .then(undefined, (error: unknown) => String(error))
        .then((outcome) => {
          pending.current -= 1
          lastFailed.current = outcome !== null
          report()
          return outcome
        })
    },
    [id, report, show],
  )

  const setProblem = useCallback(
    (field: string, problem: string | null) => {
      if (problem === null) problems.current.delete(field)
      else problems.current.set(field, problem)
      report()
    },
    [report],
  )

  const idle = useCallback(async () => {
    await queue.current
  }, [])

  return { view, loadError, update, setProblem, idle }
}
