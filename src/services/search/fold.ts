// How words are compared in search: without case and without diacritics, so that `sao paulo` finds
// `São Paulo` and `lodz` finds `Łódź`. NFD splits a letter from its marks; a few letters carry no separable
// mark and are spelled out.
const LETTERS: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
  ı: 'i',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
}
const SPECIAL = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g')

/** Folding was a third of building the index, and a library repeats the same words: each is folded once. */
const folded = new Map<string, string>()
const FOLDED_MAX = 500_000

export function fold(term: string): string {
  let result = folded.get(term)
  if (result === undefined) {
    if (folded.size >= FOLDED_MAX) folded.clear()
    result = foldUncached(term)
    folded.set(term, result)
  }
  return result
}

function foldUncached(term: string): string {
  return term
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(SPECIAL, (letter) => LETTERS[letter] ?? letter)
}
