// JSON (an array of profiles, two-space indented, exactly `JSON.stringify(profiles, null, 2)`) and JSON Lines
// (one profile a line), both in the model's shape, so that the importer reads them back without loss.
import type { Profile } from '../model'
import type { ExportFile } from './exportFile'

export function jsonFile(profiles: readonly Profile[]): ExportFile {
  return {
    path: 'profiles.json',
    *chunks() {
      if (profiles.length === 0) {
        yield '[]\n'
        return
      }
      yield '[\n'
      for (const [i, p] of profiles.entries()) {
        const text = JSON.stringify(p, null, 2).replace(/\n/g, '\n  ')
        yield `  ${text}${i < profiles.length - 1 ? ',' : ''}\n`
      }
      yield ']\n'
    },
  }
}

export function jsonLinesFile(profiles: readonly Profile[]): ExportFile {
  return {
    path: 'profiles.jsonl',
    *chunks() {
      for (const p of profiles) yield `${JSON.stringify(p)}\n`
    },
  }
}
