import { describe, expect, it } from 'vitest'
import { dropIconLines, findBrokenUrls, iconLines, normaliseBody, repairBrokenUrls } from './textDamage'

describe('broken addresses in text', () => {
  it('finds and mends a space inside a host', () => {
    const text = 'Website: http://eng.han gzhou.gov.cn/ for more.'
    expect(findBrokenUrls(text).map((b) => b.repaired)).toEqual(['http://eng.hangzhou.gov.cn/'])
    expect(repairBrokenUrls(text)).toBe('Website: http://eng.hangzhou.gov.cn/ for more.')
    expect(repairBrokenUrls('See www.szlll. net.cn')).toBe('See www.szlll. net.cn')
  })

  it('leaves whole addresses and sentences after an address alone', () => {
    for (const text of [
      'Visit http://www.wuhan.gov.cn/ and read more.',
      'See www.cork.ie today.More to come',
      'Mail info@eng.han gzhou.gov.cn',
      'Visit www.cork.ie in 2019.',
    ])
      expect(findBrokenUrls(text), text).toEqual([])
  })
})

describe('icon words and whitespace', () => {
  it('finds icon words alone on a line, and drops them', () => {
    const body = 'groups\n1.2 million people live here\nschool'
    expect(iconLines(body)).toEqual([
      { line: 0, word: 'groups' },
      { line: 2, word: 'school' },
    ])
    expect(dropIconLines(body)).toBe('1.2 million people live here')
    expect(iconLines('The school opened.')).toEqual([])
  })

  it('normalises bodies line by line, one blank line between paragraphs, idempotently', () => {
    const body = '\n\n  First\u00a0 paragraph.\r\n\n\n\n- a  bullet\n- b\n\n'
    const once = normaliseBody(body)
    expect(once).toBe('First paragraph.\n\n- a bullet\n- b')
    expect(normaliseBody(once)).toBe(once)
  })
})
