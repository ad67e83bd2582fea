import { describe, expect, it } from 'vitest'
import { bodyBlocks } from './bodyBlocks'
import type { Block } from './bodyBlocks'

/** Every non-blank line of the body, as the blocks hold it: nothing may be lost. */
function linesOf(blocks: Block[]): string[] {
  return blocks.flatMap((block) => {
    if (block.kind === 'heading') return [block.text]
    if (block.kind === 'paragraph') return block.lines
    return block.items
  })
}

describe('bodyBlocks', () => {
  it('reads paragraphs, sub-headings, bullets and numbered items', () => {
    const body = [
      'First paragraph,',
      'second line.',
      '',
      '### Institutional design',
      '- one',
      '- two',
      '',
      '3. third',
      '4. fourth',
      'Closing words.',
    ].join('\n')
    expect(bodyBlocks(body)).toEqual([
      { kind: 'paragraph', lines: ['First paragraph,', 'second line.'] },
      { kind: 'heading', text: 'Institutional design' },
      { kind: 'bullets', items: ['one', 'two'] },
      { kind: 'numbered', start: 3, items: ['third', 'fourth'] },
      { kind: 'paragraph', lines: ['Closing words.'] },
    ])
  })

  it('keeps every non-blank line, whatever the text', () => {
    const body = '#\n- \n1.\n  plain  \n\n\n### \n• dot\n* star\n2) paren'
    const expected = body
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
    expect(linesOf(bodyBlocks(body)).length).toBe(expected.length)
  })

  it('gives nothing for an empty body', () => {
    expect(bodyBlocks('')).toEqual([])
  })
})
