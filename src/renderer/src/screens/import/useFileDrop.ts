// Files and folders dropped anywhere on the window are imported. Only Electron can tell where a dropped file
// is on disk (window.menu.pathForFile); elsewhere the drop is refused with the reason.
import { useEffect, useRef, useState } from 'react'
import { notifyError } from '../../app/notify'

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false

export function useFileDrop(onPaths: (paths: string[]) => void): boolean {
  const [over, setOver] = useState(false)
  // dragenter and dragleave fire for every child crossed: count them to know when the pointer left the window.
  const depth = useRef(0)
  const latest = useRef(onPaths)
  useEffect(() => {
    latest.current = onPaths
  })

  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth.current += 1
      setOver(true)
    }
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth.current = Math.max(0, depth.current - 1)
      if (depth.current === 0) setOver(false)
    }
    const overWindow = (event: DragEvent) => {
      // Without this the browser would open the dropped file in place of the app.
      if (carriesFiles(event)) event.preventDefault()
    }
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth.current = 0
      setOver(false)
      const files = Array.from(event.dataTransfer?.files ?? [])
      if (!window.menu) {
        notifyError(
          'Dropped files cannot be imported here',
          new Error(
            'Outside the desktop app the window is not told where dropped files are. Use Import instead.',
          ),
        )
        return
      }
      const paths = files.map((file) => window.menu?.pathForFile(file) ?? '').filter((path) => path !== '')
      if (paths.length > 0) latest.current(paths)
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragleave', leave)
    window.addEventListener('dragover', overWindow)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('dragover', overWindow)
      window.removeEventListener('drop', drop)
    }
  }, [])

  return over
}
