// Whitespace and quote normalisation of one line of text. Never removes a word.

/** Collapses runs of whitespace, trims, and replaces look-alike quote characters with the typographic ones. */
export function normaliseText(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f\u2009\u200a\u3000\t]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[´‛′]/g, '’')
    .replace(/[″‟＂]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
}
