// People in profiles: mayors after a `Mayor` label, focal points, the speaker of a quote.

// Honorifics and titles written before a name, Western and others met in GNLC pages: Malay (`Datuk`, `Dato’`,
// `Tan Sri`, `Haji`, `Puan`, `Encik`), South Asian (`Shri`, `Smt`), Arab (`Sheikh`, `H.H.`), Indonesian or Dutch
// (`Ir.`, `Drs.`). Titles that are also ordinary words or names (`Eng`, `Ir`) count only with their full stop.
const HONORIFIC =
  /^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Mme|Mlle|M|H\.?E|Hon|Sr|Sra|Srta|Dña|Don|Ing|Lic|Dott|Herr|Frau|Cllr|Datuk|Dato[’']?|Datin|Sri|Seri|Haji|Hajjah|Hj|Puan|Encik|Tuan|Shri|Smt|Sheikh|Sheikha|H\.?H)\.?$/i
const DOTTED_HONORIFIC = /^(Eng|Ir|Drs|Arch|Atty|Engr)\.$/

const isHonorific = (word: string): boolean => HONORIFIC.test(word) || DOTTED_HONORIFIC.test(word)

const NOT_NAME_WORDS =
  /\b(city|cities|university|learning|municipal|municipality|government|council|office|department|ministry|network|unesco|institute|province|region|district|county|centre|center|between|more|less|than|usd|population|inhabitants|since|per|km)\b/i

const PARTICLES =
  /^(de|da|do|dos|das|del|della|di|du|la|le|van|von|der|den|bin|binti|bt|al|el|y|e|ibn|abu|a\/l|a\/p)$/

const nameWord = (w: string): boolean => PARTICLES.test(w) || /^[\p{Lu}][\p{L}\p{M}’'.-]*$/u.test(w)

/**
 * Whether a short text reads as a person's name (`Cheng Mr Yongwen`, `Mr. Zheng Wang`, `Zhengpin Lu`,
 * `Datuk Ahmad Farid bin Ismail`). An address or a figure is never a name. `maxWords` allows longer names
 * where the context says a name is expected (the speaker of a quote).
 */
export function looksLikePersonName(text: string, maxWords = 4): boolean {
  const t = text.trim()
  if (!t || /[\d@]/.test(t) || /^(https?:|www\.)/i.test(t) || t.length > 80) return false
  const tokens = t.split(/\s+/)
  if (tokens.length < 2 || NOT_NAME_WORDS.test(t)) return false
  const words = tokens.filter((w) => !isHonorific(w))
  // Honorifics vouch for the words around them, which may be more (patronymics: `Datuk Ahmad Farid bin
  // Ismail`; stacked titles: `Tan Sri Dato’ Haji …`).
  if (words.length < tokens.length) return words.length <= Math.max(maxWords, 6) && words.every(nameWord)
  return tokens.every(nameWord) && tokens.length <= maxWords
}

/**
 * The address in a line that is only an email address, bare, `mailto:` or labelled (`Email: x@y.org`), or null.
 * Such a line under a person is that person's address (a focal point's name, then their email).
 */
export function emailOf(text: string): string | null {
  const m = /^(?:e-?mail(?: address)?\s*:\s*)?(?:mailto:)?([^\s@:]+@[^\s@]+\.[a-z]{2,})$/i.exec(text.trim())
  return m ? m[1]! : null
}

const SPEAKER_TITLES =
  '(?:(?:Lord |Executive |Deputy |Vice[- ]|First |Acting )?Mayor|Governor|President|Chair(?:man|woman|person)?|Director|Head|Minister|Secretary|Prefect|Chief Executive|Commissioner|Councillor|Leader|Party Secretary)'

/**
 * `Mr Hongming Zhang, Mayor of the Municipal Government of Hangzhou` → name and title. `afterQuote`: the line
 * follows a quote, where a speaker is expected, so a name of up to 8 words is accepted (`Haji Mohd Zaini bin
 * Abdul Rahman, Mayor of …`) where elsewhere 4 are (a longer run of capitalised words is more often a title).
 */
export function parseSpeakerLine(
  text: string,
  options: { afterQuote?: boolean } = {},
): { name: string; title: string; role: string } | null {
  const t = text.replace(/^[-–—―]\s*/, '').trim()
  const m = new RegExp(`^(.{3,80}?),\\s+(${SPEAKER_TITLES}\\b.{0,160})$`).exec(t)
  if (!m) return null
  const name = m[1]!.trim()
  const title = m[2]!.trim().replace(/\.$/, '')
  if (!looksLikePersonName(name, options.afterQuote ? 8 : 4)) return null
  const role = /^(Lord |Executive |Acting |First )?Mayor\b/i.test(title) ? 'mayor' : 'speaker'
  return { name, title, role }
}

/** The city in a speaker title: `Mayor of the Municipal Government of Hangzhou` → `Hangzhou`. */
export function cityFromTitle(title: string): string | null {
  const m =
    /\bof (?:the )?(?:(?:Municipal Government|City|Municipality|Town|Metropolitan City|Council) of )?(?:the )?([\p{Lu}][\p{L}’'-]+(?:[ -][\p{Lu}][\p{L}’'-]+){0,3})\s*$/u.exec(
      title,
    )
  return m ? m[1]! : null
}
