import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeText } from './decodeText'
import { NotTextError } from './errors'

const SAMPLE = 'Zürich, Switzerland\n“Lifelong learning” – Café São Paulo ½ €'
const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values)
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]))
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM, and strips the BOM', () => {
    expect(decodeText(utf8(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'utf-8' })
    expect(decodeText(concat(bytes(0xef, 0xbb, 0xbf), utf8(SAMPLE)))).toEqual({
      text: SAMPLE,
      encoding: 'utf-8',
    })
  })

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeText(concat(bytes(0xff, 0xfe), iconv.encode(SAMPLE, 'utf-16le')))).toEqual({
      text: SAMPLE,
      encoding: 'utf-16le',
    })
    expect(decodeText(concat(bytes(0xfe, 0xff), iconv.encode(SAMPLE, 'utf-16be')))).toEqual({
      text: SAMPLE,
      encoding: 'utf-16be',
    })
  })

  it('reads UTF-16 LE and BE without a BOM from the NUL pattern', () => {
    expect(decodeText(iconv.encode(SAMPLE, 'utf-16le'))).toEqual({ text: SAMPLE, encoding: 'utf-16le' })
    expect(decodeText(iconv.encode(SAMPLE, 'utf-16be'))).toEqual({ text: SAMPLE, encoding: 'utf-16be' })
  })

  it('drops the odd last byte of a truncated UTF-16 file', () => {
    const truncated = concat(bytes(0xff, 0xfe), iconv.encode('Café', 'utf-16le'), bytes(0x41))
    expect(decodeText(truncated).text).toBe('Café')
  })

  it('reads invalid UTF-8 as Windows-1252: é from 0xE9, curly quotes from 0x93 and 0x94', () => {
    expect(decodeText(bytes(0x43, 0x61, 0x66, 0xe9))).toEqual({ text: 'Café', encoding: 'windows-1252' })
    const quoted = iconv.encode('The city’s “learning festival” – Montréal, Québec', 'windows-1252')
    expect([...quoted].filter((b) => b >= 0x80 && b <= 0x9f)).toEqual([0x92, 0x93, 0x94, 0x96])
    expect(decodeText(quoted)).toEqual({
      text: 'The city’s “learning festival” – Montréal, Québec',
      encoding: 'windows-1252',
    })
  })

  it('reads ISO-8859-1 text as its superset Windows-1252', () => {
    const text = 'Ciudad de México, población de São Paulo, Köln und Düsseldorf, Málaga'
    expect(decodeText(iconv.encode(text, 'latin1'))).toEqual({ text, encoding: 'windows-1252' })
  })

  it('reads other legacy encodings that chardet recognises', () => {
    const russian = 'Город Москва присоединился к Глобальной сети обучающихся городов ЮНЕСКО в 2019 году.'
    expect(decodeText(iconv.encode(russian, 'windows-1251'))).toEqual({
      text: russian,
      encoding: 'windows-1251',
    })
    const chinese = '杭州市是中国最具创新性的城市之一，为市民提供丰富的学习机会。'
    expect(decodeText(iconv.encode(chinese, 'gb18030'))).toEqual({ text: chinese, encoding: 'gb18030' })
  })

  it('composes to NFC', () => {
    expect(decodeText(utf8('Cafe\u0301')).text).toBe('Café')
  })

  it('rejects binary content with NotTextError', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52)
    expect(() => decodeText(png)).toThrow(NotTextError)
    expect(() => decodeText(png)).toThrow('not a text file (binary content: NUL bytes)')
    const controls = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))
    expect(() => decodeText(controls)).toThrow(/control characters/)
  })

  it('accepts text with the occasional control character', () => {
    expect(decodeText(utf8(`${'text '.repeat(100)}\u0007`)).encoding).toBe('utf-8')
  })
})
