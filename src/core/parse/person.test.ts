// Recognising people: names with the honorifics of many countries, never an address or a figure, and the
// speaker line under a quote.
import { describe, expect, it } from 'vitest'
import { looksLikePersonName, parseSpeakerLine } from './person'

describe('looksLikePersonName', () => {
  it('takes names with honorifics from many traditions, patronymics included', () => {
    for (const name of [
      'Datuk Ahmad Farid bin Ismail',
      'Tan Sri Dato’ Haji Mohd Zaini bin Abdul Rahman',
      "Dato' Sri Lim Kok Wing",
      'Puan Siti Aminah binti Hassan',
      'Encik Ravi a/l Muthu',
      'Shri Rajesh Kumar',
      'Smt Lakshmi Devi',
      'Sheikh Khalid Al Qasimi',
      'H.H. Sheikh Sultan bin Muhammad Al Qasimi',
      'Ir. Bambang Susanto',
      'Drs. Hendra Wijaya',
      'Eng. Ahmed Mansour',
      'Dr. Amna Al Suwaidi',
      'Cheng Mr Yongwen',
    ])
      expect(looksLikePersonName(name), name).toBe(true)
  })

  it('never takes an email, a URL or a figure', () => {
    for (const text of [
      'jane.harris@bristol.gov.uk',
      'Ms Jane Harris jane@bristol.gov.uk',
      'https://www.mbpj.gov.my',
      'Mr Lee 2019',
      'USD 42,000',
    ])
      expect(looksLikePersonName(text), text).toBe(false)
  })

  it('needs an honorific for more than four words, and capitalised words around it', () => {
    expect(looksLikePersonName('Ahmad Farid bin Ismail')).toBe(true)
    expect(looksLikePersonName('Ahmad Farid Ismail Hassan Rahman')).toBe(false)
    expect(looksLikePersonName('Ahmad Farid Ismail Hassan Rahman', 8)).toBe(true)
    expect(looksLikePersonName('Mr and Mrs Smith went')).toBe(false)
    expect(looksLikePersonName('Eng Hock Lim')).toBe(true)
    expect(looksLikePersonName('Lifelong Learning Week')).toBe(false)
  })
})

describe('parseSpeakerLine', () => {
  it('reads a Malay honorific and patronymic as the name', () => {
    expect(parseSpeakerLine('Datuk Ahmad Farid bin Ismail, Mayor of Petaling Jaya')).toEqual({
      name: 'Datuk Ahmad Farid bin Ismail',
      title: 'Mayor of Petaling Jaya',
      role: 'mayor',
    })
  })

  it('accepts a long name without a known honorific only right after a quote', () => {
    const line = 'Mohamad Azhan Md Amir Hamzah, Mayor of Shah Alam'
    expect(parseSpeakerLine(line)).toBeNull()
    expect(parseSpeakerLine(line, { afterQuote: true })?.name).toBe('Mohamad Azhan Md Amir Hamzah')
  })

  it('keeps a speaker who is not a mayor as a speaker', () => {
    expect(
      parseSpeakerLine('Dr Amna Al Suwaidi, Director of the Sharjah Lifelong Learning Office')?.role,
    ).toBe('speaker')
  })
})
