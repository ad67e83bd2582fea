/// <reference types="vite/client" />
// The preload (or the e2e bridge) puts the typed IPC contract on window; Vite types its asset imports.
import type { Api, MenuBridge } from '../../shared/api'

declare global {
  interface Window {
    readonly api: Api
    /** The native menu and dropped-file paths: present in Electron only. */
    readonly menu?: MenuBridge
  }
}
