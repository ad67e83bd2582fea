// One hash of every file of a library folder (names and bytes), the lock file aside: equal before and after an
// operation that was refused means nothing stored was changed, byte for byte.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

export function folderHash(dir: string): string {
  const hash = createHash('sha256')
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name)
      if (name === '.lock') continue
      if (statSync(path).isDirectory()) walk(path)
      else hash.update(path).update('\0').update(readFileSync(path))
    }
  }
  walk(dir)
  return hash.digest('hex')
}
