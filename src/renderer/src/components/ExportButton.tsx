// The header's export button: the dataset leaves the app from here (or Ctrl+K › Export).
import { Button } from '@mantine/core'
import { Icon } from './icons'

export function ExportButton({ onExport }: { onExport: () => void }) {
  return (
    <Button
      variant="light"
      leftSection={<Icon name="file" size={16} />}
      onClick={onExport}
      data-testid="export-button"
    >
      Export
    </Button>
  )
}
