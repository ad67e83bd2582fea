import { describe, expect, it } from 'vitest'
import { defuseLinks, linkUrl } from './linkUrl'

describe('linkUrl', () => {
  it('keeps http, https and mailto links', () => {
    expect(linkUrl('https://uil.unesco.org/cities')).toBe('https://uil.unesco.org/cities')
    expect(linkUrl('HTTP://eng.hangzhou.gov.cn/')).toBe('HTTP://eng.hangzhou.gov.cn/')
    expect(linkUrl('mailto:focal@city.cn?subject=GNLC')).toBe('mailto:focal@city.cn?subject=GNLC')
  })

  it('drops executable, data, relative and empty links', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:x',
      'data:text/html,<b>',
      'vbscript:x',
      '/en/city',
      '#top',
      '',
      null,
    ])
      expect(linkUrl(url), String(url)).toBeNull()
  })

  it('ignores tabs and line breaks and escapes what would end (url) early', () => {
    expect(linkUrl(' https://x.org/a\n b(c)<d> ')).toBe('https://x.org/a%20b%28c%29%3Cd%3E')
  })
})

describe('defuseLinks', () => {
  it('breaks link syntax with an unsafe destination and keeps the text', () => {
    expect(defuseLinks('[click](javascript:alert(1))')).toBe('[click] (javascript:alert(1))')
    expect(defuseLinks('[x](  <data:text/html,x>)')).toBe('[x] (  data:text/html,x)')
    expect(defuseLinks('[x](&#106;avascript:alert(1))')).toBe('[x] (&#106;avascript:alert(1))')
    expect(defuseLinks('[x]: vbscript:msgbox')).toBe('[x] : vbscript:msgbox')
    expect(defuseLinks('see <javascript:alert(1)>')).toBe('see javascript:alert(1)')
  })

  it('leaves no autolink when brackets are nested around an unsafe scheme (found by htmlHostile fuzzing)', () => {
    expect(defuseLinks('<<javascript:alert(1)>>')).toBe('javascript:alert(1)')
    expect(defuseLinks('<<<vbscript:x>>> and <<data:x>>')).toBe('vbscript:x and data:x')
  })

  it('leaves web, mail and relative links and ordinary text alone', () => {
    for (const line of [
      '[UIL](https://uil.unesco.org/a%28b%29)',
      '[m](mailto:a@b.org)',
      '[p](page.html)',
      'a < b',
      '[1] (note)',
    ])
      expect(defuseLinks(line)).toBe(line)
  })
})
