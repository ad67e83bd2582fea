// The app's session: the one library the window works on, and the settings around it. At start it opens the
// last library if it still opens, else the default library (made from the samples on first start); then the
// curator may open or create another. A library another process holds, or one on a disk or in a folder that
// cannot be written, is opened read-only, with the reason.
import { basename, resolve } from 'node:path'
import type { LibraryInfo } from '../../shared/api'
import { defaultLibraryDir, openDefaultLibrary } from '../library/defaultLibrary'
import { nodeDisk, type Disk } from '../library/disk'
import { LibraryError } from '../library/errors'
import { Library } from '../library/library'
import { SettingsStore } from './settings'

export interface SessionOptions {
  userDataDir: string
  /** The sample profiles a new default library is filled with. */
  samplesDir: string
  log?: (message: string) => void
  /** The disk the libraries and the settings are on (tests inject faults). */
  disk?: Disk
}

interface Current {
  library: Library
  /** Why changes are refused, or null. */
  readOnly: string | null
}

type Listener = (library: Library) => void | Promise<void>

export class AppSession {
  private started: Promise<Current> | null = null
  private current: Current | null = null
  private settingsStore: Promise<SettingsStore> | null = null
  /** Opening, creating and closing run one at a time. */
  private switching: Promise<unknown> = Promise.resolve()
  private readonly closingListeners: Listener[] = []
  private readonly openedListeners: Listener[] = []
  private readonly log: (message: string) => void

  constructor(private readonly options: SessionOptions) {
    this.log = options.log ?? ((message) => console.warn(`[session] ${message}`))
  }

  private get disk(): Disk {
    return this.options.disk ?? nodeDisk
  }

  get defaultDir(): string {
    return resolve(defaultLibraryDir(this.options.userDataDir))
  }

  settings(): Promise<SettingsStore> {
    this.settingsStore ??= SettingsStore.load(this.options.userDataDir, { log: this.log, disk: this.disk })
    return this.settingsStore
  }

  /** Runs before a library is closed (an import cancels its job on it, say). */
  onClosing(listener: Listener): void {
    this.closingListeners.push(listener)
  }

  /** Runs after a library became the current one (the window's title and menu follow it). */
  onOpened(listener: Listener): void {
    this.openedListeners.push(listener)
  }

  /** The current library, opening the one to start with on first need. */
  async library(): Promise<Library> {
    return (await this.ensure()).library
  }

  private ensure(): Promise<Current> {
    if (this.current) return Promise.resolve(this.current)
    this.started ??= this.serial(async () => {
      // An open() queued before this may have chosen the library already.
      if (this.current) return this.current
      const opened = await this.openFirst()
      await this.become(opened)
      return opened
    }).catch((error: unknown) => {
      // Let the next call try again (the curator may have freed the disk, or may open another library).
      this.started = null
      throw error
    })
    return this.started
  }

  private async openFirst(): Promise<Current> {
    const settings = await this.settings()
    const last = settings.data.lastLibrary
    if (last && resolve(last) !== this.defaultDir) {
      try {
        return await openOrReadOnly(last, this.disk)
      } catch (error) {
        this.log(`the last library did not open (${message(error)}); opening the default library`)
      }
    }
    return this.openDefault()
  }

  /** The default library, made from the samples if it is not there yet. */
  private async openDefault(): Promise<Current> {
    try {
      return {
        library: await openDefaultLibrary(this.options.userDataDir, this.options.samplesDir, this.disk),
        readOnly: null,
      }
    } catch (error) {
      if (readOnlyReason(error, this.defaultDir)) return openOrReadOnly(this.defaultDir, this.disk)
      throw error
    }
  }

  /** Opens an existing library folder instead of the current one, which stays when this fails. */
  open(dir: string): Promise<LibraryInfo> {
    const opening =
      resolve(dir) === this.defaultDir
        ? () => this.openDefault()
        : () => openOrReadOnly(resolve(dir), this.disk)
    return this.switchTo(resolve(dir), opening)
  }

  /** Makes a library in an empty or new folder (or opens the library already there) and switches to it. */
  create(dir: string): Promise<LibraryInfo> {
    return this.switchTo(resolve(dir), async () => ({
      library: await Library.open(resolve(dir), { create: true, disk: this.disk }),
      readOnly: null,
    }))
  }

  /** Needs no started session: a default library that fails to open must not keep the curator from another. */
  private async switchTo(dir: string, opening: () => Promise<Current>): Promise<LibraryInfo> {
    await this.serial(async () => {
      const previous = this.current
      // The same folder again: keep the library already open (a second lock on it would fail).
      if (previous && previous.library.paths.dir === dir) return
      const next = await opening()
      if (previous) await this.closeLibrary(previous.library)
      await this.become(next)
    })
    return this.info()
  }

  private async become(next: Current): Promise<void> {
    this.current = next
    await (await this.settings()).addRecent(next.library.paths.dir)
    for (const listener of this.openedListeners) await listener(next.library)
  }

  private async closeLibrary(library: Library): Promise<void> {
    for (const listener of this.closingListeners) {
      try {
        await listener(library)
      } catch (error) {
        this.log(message(error))
      }
    }
    await library.close()
  }

  /** What the window shows about the current library. */
  async info(): Promise<LibraryInfo> {
    const ensured = await this.ensure()
    const { library } = ensured
    // A library that refuses every write since it opened (its folder moved away) is shown read-only, and why.
    const readOnly = ensured.readOnly ?? library.writeRefusal
    const settings = await this.settings()
    const dir = library.paths.dir
    return {
      dir,
      name: basename(dir),
      isDefault: resolve(dir) === this.defaultDir,
      readOnly,
      seq: library.seq,
      // A read-only library can neither undo nor redo: there is nothing to offer.
      undo: readOnly ? null : await library.nextUndo(),
      redo: readOnly ? null : await library.nextRedo(),
      recent: [...settings.data.recent],
    }
  }

  /** Closes the library (on quit); the session can start again afterwards. */
  async close(): Promise<void> {
    await this.serial(async () => {
      const current = this.current
      this.current = null
      this.started = null
      if (current) await this.closeLibrary(current.library)
      await (await this.settings()).flush()
    })
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.switching.then(work, work)
    this.switching = run.catch(() => undefined)
    return run
  }
}

/** Why a library that failed to open for writing can still be opened read-only, or null. */
function readOnlyReason(error: unknown, dir: string): string | null {
  if (!(error instanceof LibraryError)) return null
  if (error.code === 'locked')
    return `${dir} is open in another window or command; close it there to make changes here`
  // A read-only disk (a CD, a locked USB stick, a share) or a folder the curator may only read.
  if (
    error.code === 'io' &&
    (error.errno === 'EROFS' || error.errno === 'EACCES' || error.errno === 'EPERM')
  ) {
    const reason = error.errno === 'EROFS' ? 'the disk is read-only' : 'you may not write in this folder'
    return `${dir} cannot be changed (${reason}); it is open read-only`
  }
  return null
}

/** Opens a library for writing, or read-only when another process holds it or it cannot be written. */
async function openOrReadOnly(dir: string, disk: Disk): Promise<Current> {
  try {
    return { library: await Library.open(dir, { disk }), readOnly: null }
  } catch (error) {
    const readOnly = readOnlyReason(error, dir)
    if (!readOnly) throw error
    return { library: await Library.open(dir, { readOnly: true, disk }), readOnly }
  }
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error))
