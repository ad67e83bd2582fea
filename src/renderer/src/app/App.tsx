import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { LibraryProvider } from './library'
import { ProblemsProvider } from './problems'
import { SavingProvider } from './saving'
import { SummariesProvider } from './summaries'
import { theme } from './theme'
import { Workspace } from './Workspace'

export function App() {
  return (
    // 'auto' follows the OS theme, live, until the saved setting arrives.
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Notifications position="bottom-right" limit={4} />
      <SavingProvider>
        <LibraryProvider>
          <SummariesProvider>
            <ProblemsProvider>
              <Workspace />
            </ProblemsProvider>
          </SummariesProvider>
        </LibraryProvider>
      </SavingProvider>
    </MantineProvider>
  )
}
