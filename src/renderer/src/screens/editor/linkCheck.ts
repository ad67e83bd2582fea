// Whether a link's address can be opened: an http or https URL with a host. The model only asks for a non-empty
// string, so this check is what keeps a broken address (`http://eng.han gzhou.gov.cn/`) out of the saved links.
import { repairUrl } from '../../../../core/clean/urls'

/** What is wrong with `url`, in words for the curator, or null when it can be saved. */
export function urlProblem(url: string): string | null {
  const text = url.trim()
  if (text === '') return 'Enter the address'
  if (/\s/.test(text)) return 'An address has no spaces'
  if (!/^https?:\/\//i.test(text)) return 'Start the address with http:// or https://'
  let parsed: URL
  try {
    parsed = new URL(text)
  } catch {
    return 'This is not a web address'
  }
  const host = parsed.hostname
  if (host === '' || (!host.includes('.') && host !== 'localhost'))
    return 'The address needs a host, such as www.example.org'
  return null
}

/** A repaired address to offer when `url` is broken in a way web pages often break it, or null. */
export function urlRepair(url: string): string | null {
  const repaired = repairUrl(url)
  return repaired !== url.trim() && urlProblem(repaired) === null ? repaired : null
}
