import { describe, expect, it } from 'vitest'
import { stripTags } from './stripTags'

describe('stripTags', () => {
  it('keeps the text of double-encoded HTML', () => {
    expect(stripTags('<p>Population: <b>9 million</b></p>')).toBe('Population: 9 million')
  })

  it('drops scripts and styles with their content, across lines', () => {
    expect(stripTags('a<script type="x">\nalert(1)\n</script >b<STYLE>p{}</STYLE>c')).toBe('abc')
  })

  it('drops an unclosed script to the end, as a browser does', () => {
    expect(stripTags('before<script>alert(1)')).toBe('before')
  })

  it('drops comments, doctypes, processing instructions and namespaced Word tags', () => {
    expect(stripTags('<!DOCTYPE html><?xml version="1.0"?><!-- c\n-->a<o:p></o:p>')).toBe('a')
  })

  it('leaves comparisons and autolinks alone', () => {
    expect(stripTags('a < b and c > d')).toBe('a < b and c > d')
    expect(stripTags('<https://uil.unesco.org>')).toBe('<https://uil.unesco.org>')
  })

  it('costs linear time on many unclosed openers', () => {
    const started = Date.now()
    stripTags('<script><style>'.repeat(50_000))
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
