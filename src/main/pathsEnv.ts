// The environment variables that move the app's folders (see paths.ts), in a module without Electron so that
// the e2e Electron host sets exactly the names main reads.

/** Overrides Electron's userData folder (its profile, and later the library). */
export const DATA_DIR_ENV = 'PROFILE_CURATOR_DATA_DIR'
/** Overrides the folder of sample profiles shown on the first screen. */
export const SAMPLES_DIR_ENV = 'PROFILE_CURATOR_SAMPLES_DIR'
