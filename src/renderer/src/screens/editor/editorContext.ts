// What every group of the editor needs: the profile as main last answered it, the way to change it, and the
// way to tell the source panel which field has focus. One context instead of the same props on every card.
import { createContext, useContext } from 'react'
import type { Profile } from '../../../../core/model'
import type { FieldRef } from './fieldRef'
import type { ProfileSession } from './useProfile'

export interface EditorContextValue {
  profile: Profile
  update: ProfileSession['update']
  setProblem: ProfileSession['setProblem']
  /** The field the curator is in: the source panel highlights its lines. */
  focusField: (ref: FieldRef) => void
}

export const EditorContext = createContext<EditorContextValue | null>(null)

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext)
  if (!value) throw new Error('useEditor outside the profile editor')
  return value
}
