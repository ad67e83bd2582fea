import { describe, expect, it } from 'vitest'
import { urlProblem, urlRepair } from './linkCheck'

describe('urlProblem', () => {
  it('accepts http and https addresses with a host', () => {
    expect(urlProblem('http://eng.hangzhou.gov.cn/')).toBeNull()
    expect(urlProblem(' https://uil.unesco.org/learning-cities ')).toBeNull()
  })

  it('names what is wrong', () => {
    expect(urlProblem('')).toBe('Enter the address')
    expect(urlProblem('http://eng.han gzhou.gov.cn/')).toBe('An address has no spaces')
    expect(urlProblem('www.szlll.net.cn')).toBe('Start the address with http:// or https://')
    expect(urlProblem('javascript:alert(1)')).toBe('Start the address with http:// or https://')
    expect(urlProblem('http://intranet/')).toBe('The address needs a host, such as www.example.org')
    expect(urlProblem('http://[bad')).toBe('This is not a web address')
  })
})

describe('urlRepair', () => {
  it('offers the repaired address of a broken one', () => {
    expect(urlRepair('http://eng.han gzhou.gov.cn/')).toBe('http://eng.hangzhou.gov.cn/')
    expect(urlRepair('www.szlll.net.cn')).toBe('http://www.szlll.net.cn')
  })

  it('offers nothing for a good address or one it cannot repair', () => {
    expect(urlRepair('https://example.org')).toBeNull()
    expect(urlRepair('not an address')).toBeNull()
  })
})
