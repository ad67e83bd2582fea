import { fileURLToPath } from 'node:url'

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** The built app, as `npm run build` leaves it. */
export const MAIN_DIR = fileURLToPath(new URL('../../out/main/', import.meta.url))
export const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer/', import.meta.url))
export const SAMPLES_DIR = fileURLToPath(new URL('../../resources/sample/', import.meta.url))
