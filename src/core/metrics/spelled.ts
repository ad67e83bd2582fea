// Spelled-out numbers (`nine million`, `two thousand five hundred`, `a million`, `twenty-five`, `half a million`).
// Sources write small figures and round populations in words; we read whole-number English only.

export interface SpelledNumber {
  value: number
  /** End of the last number word (exclusive): trailing separators and a dangling `and` are not part of it. */
  end: number
  /** The multiplier of the scale word the expression ends with (`three million` → 1e6), else 1. */
  scale: number
}

const SMALL: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
}

const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
}

const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
}

/** What the previous word was: it decides which words may follow (`twenty five` yes, `five twenty` no). */
type Last = 'start' | 'a' | 'unit' | 'teen' | 'ten' | 'hundred' | 'scale' | 'and'

const WORD = /[A-Za-z]+/y
const SEPARATOR = /[ \u00A0\u202F\u2009]+(and[ \u00A0\u202F\u2009]+)?|-/y
const HALF = /half[ \u00A0]+an?[ \u00A0]+(thousand|million|billion|trillion)(?![A-Za-z])/iy

function wordAt(text: string, pos: number): string | null {
  WORD.lastIndex = pos
  const m = WORD.exec(text)
  return m ? m[0] : null
}

/** Reads a spelled-out number starting exactly at `start` (a word start), or null when there is none. */
export function readSpelled(text: string, start: number): SpelledNumber | null {
  HALF.lastIndex = start
  const half = HALF.exec(text)
  if (half) {
    const scale = SCALE_WORDS[(half[1] ?? '').toLowerCase()] ?? 1
    return { value: scale / 2, end: HALF.lastIndex, scale }
  }

  let pos = start
  let total = 0
  let group = 0
  let last: Last = 'start'
  let lastScale = Infinity
  let end = -1
  let finalScale = 1
  for (;;) {
    const raw = wordAt(text, pos)
    if (raw === null) break
    const word = raw.toLowerCase()
    const small = SMALL[word]
    const ten = TENS[word]
    const scale = SCALE_WORDS[word]
    if ((word === 'a' || word === 'an') && last === 'start') {
      group = 1
      last = 'a'
    } else if (small !== undefined && small >= 1 && small <= 9 && !['a', 'unit', 'teen'].includes(last)) {
      group += small
      last = 'unit'
    } else if (small !== undefined && ['start', 'hundred', 'scale', 'and'].includes(last)) {
      group += small
      last = 'teen'
    } else if (ten !== undefined && ['start', 'hundred', 'scale', 'and'].includes(last)) {
      group += ten
      last = 'ten'
    } else if (word === 'hundred' && ['a', 'unit', 'teen'].includes(last)) {
      group *= 100
      last = 'hundred'
    } else if (
      scale !== undefined &&
      scale < lastScale &&
      ['a', 'unit', 'teen', 'ten', 'hundred'].includes(last)
    ) {
      total += group * scale
      group = 0
      lastScale = scale
      last = 'scale'
    } else {
      break
    }
    pos += raw.length
    if (last !== 'a') {
      end = pos
      finalScale = last === 'scale' ? lastScale : 1
    }
    SEPARATOR.lastIndex = pos
    const sep = SEPARATOR.exec(text)
    if (!sep) break
    // `and` joins only after a hundred or a scale (`one hundred and twenty`), never `one and two`.
    if (sep[1] !== undefined) {
      if (last !== 'hundred' && last !== 'scale') break
      last = 'and'
    }
    pos = SEPARATOR.lastIndex
  }
  return end < 0 ? null : { value: total + group, end, scale: finalScale }
}
