/**
 * A comparison key: lower case, no diacritics, straight apostrophes, `&` as `and`, dashes and spaces
 * collapsed. Two spellings of the same label or name fold to the same key.
 */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/[‐-―−-]/g, '-')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim()
}
