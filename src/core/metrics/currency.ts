// Which currency a figure is in, read from the marker written right next to it (`USD$ 8,000`, `12 000 US dollars`,
// `19.5 billion yuan`). The GDP metrics are in US dollars: a figure in another currency must not pass for one.
import type { NumberMatch } from './parseNumber'

export type Currency = 'USD' | 'other'

export interface CurrencyMarker {
  start: number
  end: number
  currency: Currency
}

const OTHER_CODES =
  'EUR|GBP|CNY|RMB|JPY|INR|KRW|RUB|BRL|MXN|CAD|AUD|CHF|SEK|NOK|DKK|PLN|CZK|HUF|TRY|ZAR|NGN|KES|EGP|MAD|IDR|MYR|' +
  'THB|VND|PHP|SGD|HKD|TWD|NZD|COP|ARS|CLP|PEN|UAH|IRR|SAR|AED|QAR|PKR|BDT|LKR|NPR|ETB|GHS|TND|DZD|JOD|ILS|RON|' +
  'BGN|RSD|KZT|UZS|GEL|AMD|MNT|KHR|BOB|UYU|CRC|XOF|XAF'

const OTHER_WORDS =
  'euros?|pounds?(?:\\s+sterling)?|sterling|yuan|renminbi|yen|rupees?|Rs\\.?|won|roubles?|rubles?|pesos?|reais|' +
  'dirhams?|dinars?|naira|shillings?|baht|ringgit|rupiah|dong|lira|lire|zlotys?|zlotych|kron(?:a|e|or|er|ur)|' +
  'francs?|rand|riyals?|rials?|tenge|hryvnias?|lei|leu|forints?|levs?|soles|colones'

const OTHER_DOLLARS =
  'Canadian|Australian|Hong\\s+Kong|Singapore|New\\s+Zealand|(?:New\\s+)?Taiwan(?:ese)?|Namibian|Jamaican|' +
  'Fijian|Liberian|Zimbabwe(?:an)?'

const OTHER = [
  // A dollar sign glued to letters other than US (`HK$`, `NT$`, `R$`, `A$`): another dollar.
  '(?<![\\p{L}.])(?!(?:US|USD)\\$)\\p{L}{1,3}\\$',
  `(?:${OTHER_DOLLARS})\\s+dollars?(?!\\p{L})`,
  '[€£¥₹₩₽₺₦₱₫฿₴₪]',
  `(?<!\\p{L})(?:${OTHER_CODES}|${OTHER_WORDS})(?!\\p{L})`,
]

const USD = [
  '(?<!\\p{L})USD\\s?\\$',
  '(?<!\\p{L})U\\.?S\\.?\\s?\\$',
  '\\$\\s?US(?!\\p{L})',
  '(?<!\\p{L})U\\.?S\\.?\\s+dollars?(?!\\p{L})',
  '(?<!\\p{L})USD(?!\\p{L})',
  '(?<!\\p{L})dollars?(?!\\p{L})',
  '\\$',
]

// At each position the first alternative wins: `HK$` before `$`, `Canadian dollars` before `dollars`.
const MARKER = new RegExp(`(?<other>${OTHER.join('|')})|(?<usd>${USD.join('|')})`, 'giu')

export function findCurrencyMarkers(text: string): CurrencyMarker[] {
  return [...text.matchAll(MARKER)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    currency: m.groups?.['usd'] !== undefined ? 'USD' : 'other',
  }))
}

const ONLY_SPACE = /^[\s:]*$/

/** The currency written right before the figure, else right after it; null when none touches it. */
export function currencyOf(
  text: string,
  markers: readonly CurrencyMarker[],
  figure: Pick<NumberMatch, 'start' | 'end'>,
): Currency | null {
  // Only the nearest marker on each side can touch the figure: markers are in text order.
  const before = markers.findLast((m) => m.end <= figure.start)
  if (before && ONLY_SPACE.test(text.slice(before.end, figure.start))) return before.currency
  const after = markers.find((m) => m.start >= figure.end)
  return after && ONLY_SPACE.test(text.slice(figure.end, after.start)) ? after.currency : null
}
