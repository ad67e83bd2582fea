// Names that i18n-iso-countries does not know but sources use: UN official short names and common
// variants. Parenthesised UN forms (`Bolivia (Plurinational State of)`) need no entry: the lookup also
// tries the name without its parenthesis.
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  'Viet Nam': 'VN',
  'United Kingdom of Great Britain and Northern Ireland': 'GB',
  England: 'GB',
  Scotland: 'GB',
  Wales: 'GB',
  'Northern Ireland': 'GB',
  'Republic of Moldova': 'MD',
  'Cabo Verde': 'CV',
  'Korea, Rep.': 'KR',
  'Hong Kong SAR': 'HK',
  'Hong Kong, China': 'HK',
  'Macao SAR': 'MO',
  Türkiye: 'TR',
  'Czech Republic': 'CZ',
  'The Gambia': 'GM',
  'Democratic People’s Republic of Korea': 'KP',
}
