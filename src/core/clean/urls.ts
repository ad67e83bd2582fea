// URLs copied from web pages arrive broken: a space inside the host (`http://eng.han gzhou.gov.cn/`),
// a trailing full stop, or no scheme (`www.szlll.net.cn`).

const URL_START = /\b(?:https?:\/\/|www\.)/i

/**
 * Repairs one URL-bearing string: removes spaces inside it when the pieces still look like one URL
 * (letters on both sides of the space, no sentence words after it), drops trailing punctuation.
 */
export function repairUrl(text: string): string {
  let url = text.trim().replace(/^<|>$/g, '')
  // A space inside a host or path: join when what follows the space still looks like part of an address.
  const parts = url.split(/\s+/)
  if (parts.length === 2 && URL_START.test(url) && /[./]/.test(parts[1] ?? '')) url = parts.join('')
  url = url.replace(/[.,;:)\]]+$/, '')
  if (/^www\./i.test(url)) url = `http://${url}`
  return url
}

/** Whether a whole line is a single (possibly broken) URL. */
export function isUrlLine(line: string): boolean {
  const t = line.trim()
  if (!URL_START.test(t) || t.search(URL_START) !== 0) return false
  const parts = t.split(/\s+/)
  return parts.length <= 2 && (parts.length === 1 || /[./]/.test(parts[1] ?? ''))
}

/** Whether a string is an absolute http(s) URL with a plausible host. */
export function isValidUrl(text: string): boolean {
  try {
    const u = new URL(text)
    return (u.protocol === 'http:' || u.protocol === 'https:') && /\.[a-z]{2,}$/i.test(u.hostname)
  } catch {
    return false
  }
}
