// People in profiles: mayors after a `Mayor` label, focal points, the speaker of a quote.

const HONORIFIC =
  /^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Mme|Mlle|M|H\.?E|Hon|Sr|Sra|Srta|Dña|Don|Ing|Lic|Dott|Herr|Frau)\.?$/i

const NOT_NAME_WORDS =
  /\b(city|cities|university|learning|municipal|municipality|government|council|office|department|ministry|network|unesco|institute|province|region|district|county|centre|center|between|more|less|than|usd|population|inhabitants|since|per|km)\b/i

/** Whether a short text reads as a person's name (`Cheng Mr Yongwen`, `Mr. Zheng Wang`, `Zhengpin Lu`). */
export function looksLikePersonName(text: string): boolean {
  const t = text.trim()
  if (!t || /\d/.test(t) || t.length > 60) return false
  const tokens = t.split(/\s+/)
  if (tokens.length < 2 || tokens.length > 6) return false
  if (NOT_NAME_WORDS.test(t)) return false
  if (tokens.some((w) => HONORIFIC.test(w))) return true
  const particles = /^(de|da|do|dos|das|del|della|di|du|la|le|van|von|der|den|bin|binti|al|el|y|e)$/
  return tokens.every((w) => particles.test(w) || /^[\p{Lu}][\p{L}’'.-]*$/u.test(w)) && tokens.length <= 4
}

const SPEAKER_TITLES =
  '(?:(?:Lord |Executive |Deputy |Vice[- ]|First |Acting )?Mayor|Governor|President|Chair(?:man|woman|person)?|Director|Head|Minister|Secretary|Prefect|Chief Executive|Commissioner|Councillor|Leader|Party Secretary)'

/** `Mr Hongming Zhang, Mayor of the Municipal Government of Hangzhou` → name and title. */
export function parseSpeakerLine(text: string): { name: string; title: string; role: string } | null {
  const t = text.replace(/^[-–—―]\s*/, '').trim()
  const m = new RegExp(`^(.{3,60}?),\\s+(${SPEAKER_TITLES}\\b.{0,160})$`).exec(t)
  if (!m) return null
  const name = m[1]!.trim()
  const title = m[2]!.trim().replace(/\.$/, '')
  if (!looksLikePersonName(name)) return null
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
