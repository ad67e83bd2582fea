// The profile editor: the form, grouped in cards, beside the source document. The renderer holds no truth: the
// profile is loaded with profile:get, each edit is sent as profile:update as it is made, and what main answers is
// shown. `seq` is the library's change counter: when it moves (an undo elsewhere), the profile is loaded again.
import { Alert, Button, Center, Loader, Stack } from '@mantine/core'
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { LibraryInfo } from '../../../../shared/api'
import { useLibrary } from '../../app/library'
import { ContactsCard } from './ContactsCard'
import { EditorContext, type EditorContextValue } from './editorContext'
import { EditorHeader } from './EditorHeader'
import { refKey, type FieldRef } from './fieldRef'
import { refForField } from './problemField'
import { IdentityCard } from './IdentityCard'
import { LinksCard } from './LinksCard'
import { MetricsCard } from './MetricsCard'
import { SectionsCard } from './SectionsCard'
import { SourceHeader, SourcePanel } from './SourcePanel'
import { UnassignedCard } from './UnassignedCard'
import { useProfile, type SavingState } from './useProfile'
import classes from './editor.module.css'

export interface ProfileEditorProps {
  id: string
  onClose: () => void
  onSavingChange: (state: SavingState) => void
  /** The library's seq (LibraryInfo.seq): a change reloads the profile, unless it is this editor's own. */
  seq?: number
  /** Called with the library's new state after each saved change, for the shell's seq and undo label. */
  onChanged?: (info: LibraryInfo) => void
  /** A field to show once the profile is loaded (a problem's field path, `links.0.url`). */
  focus?: string | null
}

/** Whether a key press belongs to an open menu or dropdown (rendered in a portal, or expanded from an input). */
function inPopup(root: HTMLElement, target: EventTarget): boolean {
  if (!(target instanceof Element)) return false
  return !root.contains(target) || target.getAttribute('aria-expanded') === 'true'
}

export function ProfileEditor({ id, onClose, onSavingChange, seq, onChanged, focus }: ProfileEditorProps) {
  const { info, refresh } = useLibrary()
  const { view, loadError, update, setProblem, idle } = useProfile(id, seq, {
    onSaving: onSavingChange,
    onChanged,
    onRefused: refresh,
  })
  const [focused, setFocused] = useState<FieldRef | null>(null)
  const [sourceOpen, setSourceOpen] = useState(true)
  const rootRef = useRef<HTMLDivElement>(null)
  const formRef = useRef<HTMLDivElement>(null)
  const profile = view?.record.profile
  const loaded = view !== null

  // Keys go to the editor from the start (Escape closes it), without a click in it first.
  useEffect(() => {
    if (loaded) rootRef.current?.focus({ preventScroll: true })
  }, [loaded])

  const close = useCallback(async () => {
    // Leaving the field saves what it holds; then wait for main's answers before the editor goes.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
    await idle()
    onClose()
  }, [idle, onClose])

  // A control that goes with what it acted on (the menu of a line just moved) leaves the focus on the page's
  // body, out of the editor's reach: Escape there still closes the editor.
  useEffect(() => {
    const onBodyKey = (event: globalThis.KeyboardEvent) => {
      if (event.target !== document.body || event.defaultPrevented || event.key !== 'Escape') return
      event.preventDefault()
      void close()
    }
    document.addEventListener('keydown', onBodyKey)
    return () => document.removeEventListener('keydown', onBodyKey)
  }, [close])

  const goTo = useCallback((ref: FieldRef) => {
    const zone = formRef.current?.querySelector<HTMLElement>(`[data-field="${CSS.escape(refKey(ref))}"]`)
    if (!zone) return
    zone.scrollIntoView({ block: 'center', behavior: 'smooth' })
    zone
      .querySelector<HTMLElement>('input:not([disabled]), textarea, button:not([disabled])')
      ?.focus({ preventScroll: true })
    setFocused(ref)
    zone.dataset['flash'] = ''
    setTimeout(() => delete zone.dataset['flash'], 1400)
  }, [])

  // Jump-to-field from the problems view: once, when the profile is first shown.
  const focusDone = useRef(false)
  useEffect(() => {
    if (!focus || !profile || focusDone.current) return
    focusDone.current = true
    const ref = refForField(focus, profile)
    if (ref) requestAnimationFrame(() => goTo(ref))
  }, [focus, profile, goTo])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || !rootRef.current) return
    if (event.key === 'Escape' && !inPopup(rootRef.current, event.target)) {
      event.preventDefault()
      void close()
    } else if (event.key === 's' && (event.ctrlKey || event.metaKey)) {
      // Everything is saved as it is typed; the shortcut only must not open the browser's save dialog.
      event.preventDefault()
    }
  }

  const context = useMemo<EditorContextValue | null>(
    () => (profile ? { profile, update, setProblem, focusField: setFocused } : null),
    [profile, update, setProblem],
  )

  if (loadError) {
    return (
      <Alert color="red" title="This profile could not be opened" data-testid="editor-load-error">
        <Stack gap="sm" align="flex-start">
          {loadError.message}
          <Button variant="default" onClick={onClose}>
            Back to the library
          </Button>
        </Stack>
      </Alert>
    )
  }
  if (!view || !context || !profile) {
    return (
      <Center h={240}>
        <Loader aria-label="Loading the profile" />
      </Center>
    )
  }

  return (
    <EditorContext.Provider value={context}>
      <div
        ref={rootRef}
        className={classes.editor}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        data-testid="profile-editor"
        data-profile-id={view.record.id}
      >
        <EditorHeader
          profile={profile}
          sourceOpen={sourceOpen}
          readOnly={info?.readOnly != null}
          onToggleSource={() => setSourceOpen((open) => !open)}
          onClose={() => void close()}
        />
        <div className={classes.body}>
          <div ref={formRef} className={classes.form} data-testid="editor-form">
            <Stack gap="lg" className={classes.formInner}>
              {view.record.deleted && (
                <Alert color="yellow" title="In the trash" data-testid="editor-deleted">
                  This profile is in the trash: restore it from the library to edit it.
                </Alert>
              )}
              {/* A profile in the trash, or a library another process holds, is shown but cannot be edited. */}
              <fieldset
                disabled={view.record.deleted !== null || info?.readOnly != null}
                className={classes.fieldset}
              >
                <Stack gap="lg">
                  <IdentityCard />
                  <MetricsCard />
                  <SectionsCard />
                  <ContactsCard />
                  <LinksCard />
                  <UnassignedCard />
                </Stack>
              </fieldset>
            </Stack>
          </div>
          {sourceOpen && (
            <aside className={classes.panel} aria-label="Source document" data-testid="editor-source">
              <div className={classes.panelHeader}>
                <SourceHeader source={view.source} />
              </div>
              <div className={classes.panelBody}>
                <SourcePanel
                  source={view.source}
                  layout={profile.source.layout}
                  profile={profile}
                  focused={focused}
                  onGoTo={goTo}
                />
              </div>
            </aside>
          )}
        </div>
      </div>
    </EditorContext.Provider>
  )
}
