// Files as format versions 1 to 3 wrote them: the trailer of a JSON Lines file held the SHA-256 of its body.
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'

/** Rewrites the trailer of `path` (written by jsonLines) with the SHA-256 an older version wrote instead. */
export function withSha256Trailer(path: string): void {
  const lines = readFileSync(path, 'utf8').split('\n').slice(0, -1)
  const trailer = JSON.parse(lines.pop()!) as { end: true; count: number; crc32: string }
  const body = lines.slice(1).map((line) => `${line}\n`).join('')
  const sha256 = createHash('sha256').update(body).digest('hex')
  writeFileSync(path, `${lines[0]}\n${body}${JSON.stringify({ end: true, count: trailer.count, sha256 })}\n`)
}
