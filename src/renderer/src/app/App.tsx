import { AppShell, MantineProvider } from '@mantine/core'
import { AppHeader } from '../components/AppHeader'
import { SamplesScreen } from '../screens/samples/SamplesScreen'
import { theme } from './theme'

export function App() {
  return (
    // 'auto' follows the OS theme, live.
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <AppShell header={{ height: 60 }} padding={{ base: 'md', lg: 'xl' }}>
        <AppShell.Header>
          <AppHeader />
        </AppShell.Header>
        <AppShell.Main>
          <SamplesScreen />
        </AppShell.Main>
      </AppShell>
    </MantineProvider>
  )
}
