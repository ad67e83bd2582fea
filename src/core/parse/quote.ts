// A quote and its speaker (`Mr Hongming Zhang, Mayor of the Municipal Government of Hangzhou`): the quote
// becomes a section headed `Quote`, the speaker a contact with their title.
import { isIconWord } from '../clean/boilerplate'
import type { ProfileBuilder } from './builder'
import { cityFromTitle, looksLikePersonName, parseSpeakerLine } from './person'
import { nextPiece, type Item } from './regions'
import type { Piece } from './pieces'

export const QUOTE_HEADING = 'Quote'

/**
 * `Mayor of Okayama City` names the city `Okayama` when the text also calls it that on its own; names
 * such as `Quezon City` keep their suffix because the text never drops it.
 */
function bareCityName(city: string | null, items: readonly Item[]): string | null {
  const bare = city?.replace(/\s+City$/, '')
  if (!city || !bare || bare === city) return city
  const text = items.map((p) => p?.text ?? '').join('\n')
  const alone = text.split(bare).length - text.split(city).length
  return alone > 0 ? bare : city
}

const TITLE_START =
  /^(?:(?:Lord |Executive |Deputy |Vice[- ]|Acting )?Mayor|Governor|President|Chair|Director|Head|Minister|Secretary|Prefect)\b/

interface Speaker {
  pieces: Piece[]
  name: string
  title: string
  role: string
}

function speakerAt(items: readonly Item[], i: number): Speaker | null {
  const piece = items[i]
  if (!piece) return null
  // Right after a quote a speaker is expected, so a longer name is accepted (see parseSpeakerLine).
  const one = parseSpeakerLine(piece.text, { afterQuote: true })
  if (one) return { pieces: [piece], ...one }
  const name = piece.text.replace(/^[-–—―]\s*/, '')
  const j = nextPiece(items, i + 1)
  const next = items[j]
  if (next && looksLikePersonName(name, 8) && TITLE_START.test(next.text)) {
    const title = next.text.replace(/\.$/, '')
    return {
      pieces: [piece, next],
      name,
      title,
      role: /^(Lord |Executive |Acting )?Mayor\b/.test(title) ? 'mayor' : 'speaker',
    }
  }
  return null
}

/**
 * Reads a quote starting at `from` (after an optional `format_quote` icon) when a speaker line follows
 * within `window` pieces. Returns the index after the speaker, or `from` when there is no quote.
 */
export function readQuote(items: readonly Item[], from: number, b: ProfileBuilder, window = 8): number {
  let i = nextPiece(items, from)
  const icon = items[i] && isIconWord(items[i]!.text) ? items[i]! : null
  if (icon) i = nextPiece(items, i + 1)
  const quote: Piece[] = []
  for (let k = i; k < items.length && quote.length < window; k = nextPiece(items, k + 1)) {
    const speaker = speakerAt(items, k)
    if (speaker && quote.length > 0) {
      if (icon) b.boiler(icon)
      b.startSection(QUOTE_HEADING, null)
      for (const p of quote) b.sectionText(p, p.text)
      const index = b.contact(speaker.pieces[0]!, {
        role: speaker.role,
        name: speaker.name,
        title: speaker.title,
        email: null,
      })
      for (const p of speaker.pieces.slice(1)) b.contactPart(p, index, {})
      b.identityHint(bareCityName(cityFromTitle(speaker.title), items), null)
      // What follows the quote is the profile's own text: it starts a new, unheaded section.
      b.startSection(null, null)
      return items.indexOf(speaker.pieces.at(-1)!) + 1
    }
    quote.push(items[k]!)
  }
  return from
}
