import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ContactSchema } from '../../../../core/model'
import { issuesAt } from './listIssues'

describe('issuesAt', () => {
  it('places each objection on its row and field, in plain words', () => {
    const contacts = [
      { role: 'mayor', name: 'Ms. Li', title: null, email: null },
      { role: '', name: '', title: null, email: 3 },
    ]
    const issues = issuesAt(z.array(ContactSchema), contacts)
    expect(issues.get('1.name')).toBe('Required')
    expect(issues.get('1.role')).toBe('Required')
    expect(issues.get('1.email')).toMatch(/expected string/)
    expect(issues.has('0.name')).toBe(false)
  })

  it('has nothing to say about a valid list', () => {
    expect(issuesAt(z.array(ContactSchema), []).size).toBe(0)
  })
})
