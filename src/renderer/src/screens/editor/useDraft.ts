// A field's value while the curator types it: shown at once, saved after a pause in typing (600 ms) or when
// the field loses focus, and dropped once main has answered with it. Until then the draft wins over the stored
// value, so an answer to an earlier save never overwrites what is being typed.
import { useCallback, useEffect, useRef, useState } from 'react'
import { deepEqual } from '../../../../core/library/deepEqual'
import { useEditor } from './editorContext'
import type { Outcome } from './useProfile'

export const TYPING_PAUSE_MS = 600

export interface Draft<T> {
  value: T
  /** Why the draft is not saved (the client's check or main's refusal), or null. */
  error: string | null
  change: (value: T) => void
  /** Shows a value without saving it yet (a row just added, still empty): the next edit or a blur saves it. */
  stage: (value: T) => void
  /** Saves at once what is pending (on blur, before a structural change). */
  flush: () => void
}

/**
 * `commit` checks and saves a value: it answers a problem (the value is kept as a draft and shown with it) or
 * null once the value is saved. `field` names the draft in the editor's problem list.
 */
export function useDraft<T>(
  field: string,
  stored: T,
  commit: (value: T) => Promise<Outcome> | Outcome,
): Draft<T> {
  const { setProblem } = useEditor()
  const [draft, setDraft] = useState<{ value: T } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const draftRef = useRef(draft)
  const storedRef = useRef(stored)
  const commitRef = useRef(commit)
  const mounted = useRef(true)
  /** Saves sent and not answered yet: while one is out, the stored value is about to change. */
  const inFlight = useRef(0)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => {
    storedRef.current = stored
    commitRef.current = commit
  })

  const settle = useCallback(
    (problem: string | null) => {
      if (!mounted.current) return
      setError(problem)
      setProblem(field, problem)
    },
    [field, setProblem],
  )

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    const sent = draftRef.current
    if (!sent) return
    if (inFlight.current === 0 && deepEqual(sent.value, storedRef.current)) {
      draftRef.current = null
      setDraft(null)
      settle(null)
      return
    }
    inFlight.current += 1
    void Promise.resolve(commitRef.current(sent.value)).then((problem) => {
      inFlight.current -= 1
      settle(problem)
      // Typed on since it was sent: the newer draft stays and is saved in its turn.
      if (problem === null && draftRef.current === sent && mounted.current) {
        draftRef.current = null
        setDraft(null)
      }
    })
  }, [settle])

  const change = useCallback(
    (value: T) => {
      draftRef.current = { value }
      setDraft(draftRef.current)
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(flush, TYPING_PAUSE_MS)
    },
    [flush],
  )

  const stage = useCallback((value: T) => {
    draftRef.current = { value }
    setDraft(draftRef.current)
  }, [])

  useEffect(() => {
    mounted.current = true
    return () => {
      // Closing the editor mid-sentence still saves the sentence; a field that goes away takes its problem along.
      flush()
      mounted.current = false
      setProblem(field, null)
    }
  }, [field, flush, setProblem])

  return { value: draft ? draft.value : stored, error, change, stage, flush }
}
