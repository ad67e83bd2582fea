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

  it('leaves no tag that removing another one joined together (found by htmlHostile fuzzing)', () => {
    expect(stripTags('<<b>p>hello<</b>/p>')).toBe('hello')
    expect(stripTags('<<b>script>alert(1)<</b>/script>after')).toBe('after')
    expect(stripTags('<<b>img src=x onerror=alert(1)>')).toBe('')
    expect(stripTags('a <<<i>b>i> b')).toBe('a  b')
  })

  it('drops the tag openers of nesting deeper than any page has, keeping the text', () => {
    const deep = '<'.repeat(40) + 'b>'.repeat(40) + 'text'
    expect(stripTags(deep)).not.toMatch(/<[a-z/!?]/i)
    expect(stripTags(deep)).toContain('text')
  })

  // No timing is asserted: a quadratic scan of this input takes minutes, and the test's timeout catches it.
  it('gets through many unclosed openers', () => {
    const input = '<script><style>'.repeat(50_000)
    expect(stripTags(input)).not.toContain('<script')
  }, 60_000)
})
