// The app's settings in userData/settings.json: theme, recent libraries, the last library, the window's place.
// Read and written through lowdb with the library's durable adapter (validated, atomic, fsynced). A settings
// file that cannot be read never stops the app: it is kept aside as settings.json.bad-<time>, and the
// defaults are used.
import { join } from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import { ThemeSchema } from '../../shared/api'
import { nodeDisk, type Disk } from '../library/disk'
import { LibraryError } from '../library/errors'
import { DurableJsonFile } from '../library/jsonFile'

export const MAX_RECENT = 10

export const WindowBoundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
})
export type WindowBounds = z.infer<typeof WindowBoundsSchema>

export const SettingsFileSchema = z.object({
  theme: ThemeSchema.default('auto'),
  /** Library folders, most recent first. */
  recent: z.array(z.string().min(1)).default(() => []),
  lastLibrary: z.string().min(1).nullable().default(null),
  window: WindowBoundsSchema.nullable().default(null),
})
export type SettingsFile = z.infer<typeof SettingsFileSchema>

export const defaultSettings = (): SettingsFile => SettingsFileSchema.parse({})

export const settingsPath = (userDataDir: string): string => join(userDataDir, 'settings.json')

/** `2026-11-22T10-00-00-000Z`: a time that is a valid file name everywhere. */
const fileTime = (date: Date): string => date.toISOString().replace(/[:.]/g, '-')

export interface SettingsOptions {
  disk?: Disk
  /** Where problems go (a bad file, a failed write); the app keeps going. */
  log?: (message: string) => void
  now?: () => Date
}

export class SettingsStore {
  private readonly db: Low<SettingsFile>
  private readonly disk: Disk
  private readonly log: (message: string) => void
  private readonly now: () => Date
  private writes: Promise<unknown> = Promise.resolve()
  private readonly listeners: Array<(data: Readonly<SettingsFile>) => void> = []

  private constructor(
    readonly path: string,
    options: SettingsOptions,
  ) {
    this.disk = options.disk ?? nodeDisk
    this.log = options.log ?? ((message) => console.warn(`[settings] ${message}`))
    this.now = options.now ?? (() => new Date())
    this.db = new Low(new DurableJsonFile(this.disk, path, SettingsFileSchema), defaultSettings())
  }

  static async load(userDataDir: string, options: SettingsOptions = {}): Promise<SettingsStore> {
    const store = new SettingsStore(settingsPath(userDataDir), options)
    await store.disk.mkdir(userDataDir)
    await store.read()
    return store
  }

  private async read(): Promise<void> {
    try {
      await this.db.read()
    } catch (error) {
      this.db.data = defaultSettings()
      const reason = error instanceof Error ? error.message : String(error)
      if (error instanceof LibraryError && error.code === 'corrupt') {
        const aside = `${this.path}.bad-${fileTime(this.now())}`
        await this.disk.rename(this.path, aside).then(
          () => this.log(`${reason}; kept as ${aside}, using the defaults`),
          (renameError: unknown) => this.log(`${reason}; could not keep it aside (${String(renameError)})`),
        )
      } else {
        this.log(`${reason}; using the defaults`)
      }
    }
  }

  get data(): Readonly<SettingsFile> {
    return this.db.data
  }

  /** Called after each change (the native theme follows the setting). */
  onChange(listener: (data: Readonly<SettingsFile>) => void): void {
    this.listeners.push(listener)
  }

  /** Changes the settings and writes them; writes run one at a time (they share one temp file). */
  update(change: (data: SettingsFile) => void): Promise<void> {
    change(this.db.data)
    for (const listener of this.listeners) listener(this.db.data)
    const run = this.writes.then(() => this.db.write())
    this.writes = run.catch(() => undefined)
    return run
  }

  /** Like update, for what the app can live without (recent list, window place): a failure is only logged. */
  async updateQuietly(change: (data: SettingsFile) => void): Promise<void> {
    await this.update(change).catch((error: unknown) =>
      this.log(`could not save the settings: ${error instanceof Error ? error.message : String(error)}`),
    )
  }

  /** Puts `dir` first in the recent list. */
  addRecent(dir: string): Promise<void> {
    return this.updateQuietly((data) => {
      data.recent = [dir, ...data.recent.filter((d) => d !== dir)].slice(0, MAX_RECENT)
      data.lastLibrary = dir
    })
  }

  async flush(): Promise<void> {
    await this.writes
  }
}
