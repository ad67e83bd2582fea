// Bytes to text. UTF-8 (with or without BOM) and UTF-16 are recognised from the bytes; anything else is detected
// with chardet and decoded with iconv-lite. Not TextDecoder('windows-1252'): on Node >= 20.18.3 it decodes as
// Latin-1 (nodejs/node#60888) and turns curly quotes into control characters.
import chardet from 'chardet'
import iconv from 'iconv-lite'
import { NotTextError } from './errors'

export interface DecodedText {
  text: string
  /** The encoding the bytes were read as: `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`, ... */
  encoding: string
}

/** Binary files have a NUL early on (the rule git and grep use); text in UTF-16 is recognised before this. */
const NUL_SAMPLE = 8000
/** Share of control characters beyond which decoded "text" is really binary. */
const MAX_CONTROL_SHARE = 0.05
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\ufffd]/g

export function decodeText(bytes: Uint8Array): DecodedText {
  const { text, encoding } = decode(bytes)
  const controls = text.match(CONTROL)?.length ?? 0
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE)
    throw new NotTextError(`${Math.round((100 * controls) / text.length)} % control characters`)
  return { text: text.replace(/^\ufeff/, '').normalize('NFC'), encoding }
}

function decode(bytes: Uint8Array): DecodedText {
  // A BOM declares UTF-8: stray invalid bytes become replacement characters rather than a guess.
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return {
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)),
      encoding: 'utf-8',
    }
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes.subarray(2), 'utf-16le')
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes.subarray(2), 'utf-16be')
  const unmarked = utf16ByNulPattern(bytes)
  if (unmarked) return utf16(bytes, unmarked)
  if (bytes.subarray(0, NUL_SAMPLE).includes(0)) throw new NotTextError('NUL bytes')
  const text = utf8(bytes)
  if (text !== null) return { text, encoding: 'utf-8' }
  const encoding = legacyEncoding(bytes)
  return { text: iconv.decode(bytes, encoding), encoding }
}

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  // An odd trailing byte is a truncated file: drop it rather than show a replacement character.
  const even = bytes.subarray(0, bytes.length - (bytes.length % 2))
  return { text: iconv.decode(even, encoding), encoding }
}

/**
 * UTF-16 without a BOM: Latin text has a NUL in every other byte, at odd offsets in little-endian, even offsets
 * in big-endian. chardet does not detect BOM-less UTF-16, so the pattern is checked here.
 */
function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, NUL_SAMPLE - (NUL_SAMPLE % 2))
  const pairs = Math.floor(sample.length / 2)
  if (pairs < 2) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++
    if (sample[i + 1] === 0) oddNul++
  }
  if (oddNul / pairs > 0.3 && evenNul / pairs < 0.05) return 'utf-16le'
  if (evenNul / pairs > 0.3 && oddNul / pairs < 0.05) return 'utf-16be'
  return null
}

/**
 * Bytes that are not UTF-8. chardet ranks candidates; Unicode candidates are impossible by now, ISO-8859-1 is
 * read as its superset Windows-1252 (0x80–0x9F are curly quotes and dashes there, unused controls in Latin-1),
 * and a weak or unknown guess falls back to Windows-1252, by far the most common legacy encoding of Western text.
 */
function legacyEncoding(bytes: Uint8Array): string {
  const candidate = chardet
    .analyse(bytes)
    .find(
      (match) =>
        !/^(?:UTF|ASCII)/i.test(match.name) && match.confidence >= 20 && iconv.encodingExists(match.name),
    )
  if (!candidate || candidate.name === 'ISO-8859-1') return 'windows-1252'
  return candidate.name.toLowerCase()
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte)
}
