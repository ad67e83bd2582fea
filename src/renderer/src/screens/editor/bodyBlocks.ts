// Reads a section body in the model's Markdown subset: paragraphs separated by a blank line, `- ` bullets,
// `1. ` numbered items and `### ` sub-headings. Anything else is paragraph text, so no line is ever lost.
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'numbered'; start: number; items: string[] }

export function bodyBlocks(body: string): Block[] {
  const blocks: Block[] = []
  // The block that the next line may continue; a blank line or a heading closes it.
  let open: Block | null = null
  for (const raw of body.split('\n')) {
    const line = raw.trim()
    const heading = /^#{1,6}\s+(.+)$/.exec(line)
    const bullet = /^[-*•]\s+(.+)$/.exec(line)
    const numbered = /^(\d+)[.)]\s+(.+)$/.exec(line)
    if (line === '') {
      open = null
    } else if (heading) {
      blocks.push({ kind: 'heading', text: heading[1] ?? '' })
      open = null
    } else if (bullet) {
      const item = bullet[1] ?? ''
      if (open?.kind === 'bullets') open.items.push(item)
      else blocks.push((open = { kind: 'bullets', items: [item] }))
    } else if (numbered) {
      const item = numbered[2] ?? ''
      if (open?.kind === 'numbered') open.items.push(item)
      else blocks.push((open = { kind: 'numbered', start: Number(numbered[1]), items: [item] }))
    } else if (open?.kind === 'paragraph') {
      open.lines.push(line)
    } else {
      blocks.push((open = { kind: 'paragraph', lines: [line] }))
    }
  }
  return blocks
}
