// The window: header, the library screen or the profile being edited, and what floats above them (palette,
// about, import progress and report, the drop overlay). Every command arrives here, whether from the header,
// the palette, the keyboard or the native menu, and is run the same way.
import { AppShell } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { spotlight } from '@mantine/spotlight'
import { useCallback, useEffect, useState } from 'react'
import { call } from '../api/call'
import { AppHeader } from '../components/AppHeader'
import { ReadOnlyBanner } from '../components/ReadOnlyBanner'
import { DropOverlay } from '../screens/import/DropOverlay'
import { ImportProgress } from '../screens/import/ImportProgress'
import { ImportReport } from '../screens/import/ImportReport'
import { useFileDrop } from '../screens/import/useFileDrop'
import { useImport } from '../screens/import/useImport'
import { ProfileEditor } from '../screens/editor/ProfileEditor'
import { ExportDialog } from '../screens/export/ExportDialog'
import { CompletenessScreen } from '../screens/fill/CompletenessScreen'
import { FillDialog } from '../screens/fill/FillDialog'
import { ReviewScreen } from '../screens/fill/ReviewScreen'
import { ProblemsScreen } from '../screens/problems/ProblemsScreen'
import { LibraryScreen } from '../screens/library/LibraryScreen'
import { useLibraryView } from '../screens/library/useLibraryView'
import { AboutDialog } from './AboutDialog'
import type { CommandId } from './commands'
import { useLibrary } from './library'
import { LibraryError } from './LibraryError'
import { CommandPalette } from './palette/CommandPalette'
import { useSaving } from './saving'
import type { SavingState } from './savingState'
import { ScreenTabs, type ScreenName } from './ScreenTabs'
import { useSummaries } from './summaries'
import { useLibrarySwitch } from './useLibrarySwitch'
import { useMenuCommands, useShortcuts } from './useShortcuts'
import { useSavedTheme, useTheme } from './useTheme'
import classes from './Workspace.module.css'

export function Workspace() {
  const { info, error, retry, accept, mutate } = useLibrary()
  const { summaries } = useSummaries()
  const saving = useSaving()
  const { theme, setTheme, toggle } = useTheme()
  useSavedTheme()
  const view = useLibraryView()
  const [openId, setOpenId] = useState<string | null>(null)
  // The field to show when a problem opens the editor.
  const [focusField, setFocusField] = useState<string | null>(null)
  const [exportOpened, exporter] = useDisclosure(false)
  // Leaving the editor by a command, not its own Close: the field being typed saves when it loses focus, so it
  // loses it before the editor goes.
  const go = useCallback((id: string | null) => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
    setFocusField(null)
    setOpenId(id)
  }, [])
  const [aboutOpened, about] = useDisclosure(false)
  const [screen, setScreen] = useState<ScreenName>('library')
  const [fillOpened, fillDialog] = useDisclosure(false)
  const show = useCallback(
    (next: ScreenName) => {
      go(null)
      setScreen(next)
    },
    [go],
  )
  const importer = useImport()
  const dropping = useFileDrop(importer.start)
  const { reset, setFocusId } = view
  const switcher = useLibrarySwitch(
    useCallback(() => {
      reset()
      go(null)
    }, [reset, go]),
  )

  useEffect(() => {
    document.title = info ? `${info.name} — Profile Curator` : 'Profile Curator'
  }, [info])

  const { report } = saving
  const onEditorSaving = useCallback((state: SavingState) => report('editor', state), [report])

  const open = useCallback(
    (id: string) => {
      setFocusId(id)
      go(id)
    },
    [setFocusId, go],
  )

  const run = (command: CommandId) => {
    switch (command) {
      case 'import-files':
      case 'import-folder':
        return importer.choose(command)
      case 'open-library':
        return void switcher.chooseAndOpen()
      case 'new-library':
        return void switcher.chooseAndCreate()
      case 'undo':
        return void mutate('Nothing was undone', () => call('history:undo', {}))
      case 'redo':
        return void mutate('Nothing was redone', () => call('history:redo', {}))
      case 'find':
        show('library')
        // The search box exists again only once the library screen is back.
        return void requestAnimationFrame(view.focusSearch)
      case 'command-palette':
        return spotlight.open()
      case 'toggle-theme':
        return toggle()
      case 'about':
        return about.open()
      case 'show-library':
      case 'show-trash':
        show('library')
        return view.showTrash(command === 'show-trash')
      case 'show-suggestions':
        return show('suggestions')
      case 'show-completeness':
        return show('completeness')
      case 'fill-from-table':
        return fillDialog.open()
      case 'show-problems':
        return show('problems')
      case 'export':
        return exporter.open()
    }
  }
  useShortcuts(run)
  useMenuCommands(run)

  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header>
        <AppHeader info={info} saving={saving.state} theme={theme} onTheme={setTheme} onCommand={run} />
      </AppShell.Header>
      <AppShell.Main className={classes.main}>
        {info?.readOnly && <ReadOnlyBanner reason={info.readOnly} />}
        {error && !info ? (
          <LibraryError
            error={error}
            onRetry={retry}
            onOpen={switcher.chooseAndOpen}
            onCreate={switcher.chooseAndCreate}
          />
        ) : (
          <div className={classes.screen}>
            {openId === null ? (
              <div className={classes.tabbed}>
                <ScreenTabs
                  screen={screen}
                  onScreen={show}
                  onFill={fillDialog.open}
                  readOnly={info?.readOnly != null}
                />
                <div className={classes.screen}>
                  {screen === 'library' && (
                    <LibraryScreen view={view} onOpen={open} onImport={importer.choose} />
                  )}
                  {screen === 'suggestions' && <ReviewScreen onOpen={go} />}
                  {screen === 'completeness' && <CompletenessScreen />}
                  {screen === 'problems' && (
                    <ProblemsScreen
                      onGoTo={(id, field) => {
                        go(id)
                        setFocusField(field)
                      }}
                    />
                  )}
                </div>
              </div>
            ) : (
              <ProfileEditor
                key={openId}
                id={openId}
                seq={info?.seq}
                onClose={() => setOpenId(null)}
                onSavingChange={onEditorSaving}
                onChanged={accept}
                focus={focusField}
              />
            )}
          </div>
        )}
      </AppShell.Main>
      <CommandPalette
        summaries={summaries}
        info={info}
        onCommand={run}
        onOpenProfile={open}
        onOpenRecent={switcher.openRecent}
      />
      <AboutDialog opened={aboutOpened} onClose={about.close} />
      <FillDialog opened={fillOpened} onClose={fillDialog.close} />
      <ExportDialog
        opened={exportOpened}
        onClose={exporter.close}
        onShowProblems={() => {
          exporter.close()
          run('show-problems')
        }}
      />
      {importer.state.phase === 'running' && (
        <ImportProgress
          job={importer.state.job}
          cancelling={importer.state.cancelling}
          onCancel={importer.cancel}
        />
      )}
      {importer.state.phase === 'done' && (
        <ImportReport report={importer.state.report} onClose={importer.closeReport} />
      )}
      {dropping && <DropOverlay canDrop={window.menu !== undefined} />}
    </AppShell>
  )
}
