// HTML to Markdown-ish lines, the common input of all parsers. A real parser (linkedom) builds the DOM, so entities,
// broken markup and comments are handled as a browser would; the walk is iterative so that no nesting depth can
// overflow the stack.
import { DOMParser } from 'linkedom'
import { HtmlLineWriter } from './htmlLineWriter'
import { DOCUMENT_NODE, type DomElement, type DomNode, isElement, tagName, TEXT_NODE } from './htmlDom'
import { isChrome } from './htmlChrome'
import { linkUrl } from './linkUrl'
import { textToLines } from './plainToLines'
import { stripTags } from './stripTags'

const BLOCKS = new Set(
  (
    'address article aside blockquote body center details dialog div dl fieldset figcaption figure footer form ' +
    'header hgroup hr html legend main p section summary table'
  ).split(' '),
)
const LISTS = new Set(['ul', 'ol', 'menu', 'dir'])
const LINE_ELEMENTS = new Set(['dt', 'dd', 'caption'])
const HEADING = /^h([1-6])$/

type Step = { node: DomNode } | { exit: () => void }

/** Converts an HTML document or fragment to lines. Never throws: unparseable input falls back to its text. */
export function htmlToLines(html: string): string[] {
  try {
    const document = new DOMParser().parseFromString(html, 'text/html') as unknown as DomNode
    return new HtmlWalk().run(document)
  } catch {
    return textToLines(stripTags(html))
  }
}

class HtmlWalk {
  private readonly out = new HtmlLineWriter()
  private readonly lists: Array<{ ordered: boolean; next: number }> = []
  private readonly rows: Array<{ cells: number }> = []
  private headingDepth = 0
  private linkDepth = 0

  run(root: DomNode): string[] {
    const steps: Step[] = [{ node: root }]
    for (let step = steps.pop(); step; step = steps.pop()) {
      if ('exit' in step) {
        step.exit()
        continue
      }
      const { node } = step
      if (node.nodeType === TEXT_NODE) {
        this.out.text(node.textContent ?? '')
        continue
      }
      if (isElement(node)) {
        if (isChrome(node)) continue
        const exit = this.enter(node)
        if (exit) steps.push({ exit })
      } else if (node.nodeType !== DOCUMENT_NODE) continue // comments, doctypes, processing instructions
      const children = node.childNodes
      for (let i = children.length - 1; i >= 0; i--) steps.push({ node: children[i]! })
    }
    return this.out.finish()
  }

  /** Opens an element; returns what to do when it closes. */
  private enter(el: DomElement): (() => void) | undefined {
    const out = this.out
    const tag = tagName(el)
    const heading = HEADING.exec(tag)
    if (heading) {
      out.blockBreak()
      out.startLine(`${'#'.repeat(Number(heading[1]))} `)
      this.headingDepth++
      return () => {
        this.headingDepth--
        out.endLine()
        out.blockBreak()
      }
    }
    if (LISTS.has(tag)) return this.enterList(el, tag === 'ol')
    if (tag === 'li') {
      const list = this.lists[this.lists.length - 1]
      out.startLine(list?.ordered ? `${list.next++}. ` : '- ')
      return () => out.endLine()
    }
    if (tag === 'tr') return this.enterRow()
    if (tag === 'td' || tag === 'th') return this.enterCell()
    if (tag === 'a') return this.enterLink(el)
    if (tag === 'br') {
      if (this.headingDepth > 0) out.text(' ')
      else out.lineBreak()
      return undefined
    }
    // Image alt text only labels a link (a logo or icon link); elsewhere it is decoration.
    if (tag === 'img' && this.linkDepth > 0) out.text(el.getAttribute('alt') ?? '')
    if (tag === 'pre') {
      out.blockBreak()
      out.preDepth++
      return () => {
        out.preDepth--
        out.blockBreak()
      }
    }
    if (LINE_ELEMENTS.has(tag)) {
      out.lineBreak()
      return () => out.lineBreak()
    }
    if (BLOCKS.has(tag)) {
      out.blockBreak()
      return () => out.blockBreak()
    }
    return undefined
  }

  private enterList(el: DomElement, ordered: boolean): () => void {
    const start = Number.parseInt(el.getAttribute('start') ?? '', 10)
    this.out.blockBreak()
    this.lists.push({ ordered, next: Number.isFinite(start) ? start : 1 })
    this.out.listDepth++
    return () => {
      this.out.listDepth--
      this.lists.pop()
      this.out.blockBreak()
    }
  }

  private enterRow(): () => void {
    this.out.lineBreak()
    this.rows.push({ cells: 0 })
    return () => {
      this.rows.pop()
      this.out.lineBreak()
    }
  }

  private enterCell(): () => void {
    const row = this.rows[this.rows.length - 1]
    if (row && row.cells++ > 0) this.out.text(' | ')
    this.out.cellDepth++
    return () => {
      this.out.cellDepth--
    }
  }

  private enterLink(el: DomElement): (() => void) | undefined {
    const href = linkUrl(el.getAttribute('href'))
    if (!href) return undefined
    const out = this.out
    const start = out.length
    const linesBefore = out.lines.length
    this.linkDepth++
    return () => {
      this.linkDepth--
      if (out.lines.length !== linesBefore) {
        // The link wrapped whole blocks (a card): they are already lines; the link gets a line of its own.
        out.lineBreak()
        out.text(`[${href}](${href})`)
        out.lineBreak()
        return
      }
      out.wrap(start, (inner) => {
        const label = inner.replace(/\s+/g, ' ').trim() || href
        return `${/^\s/.test(inner) ? ' ' : ''}[${label}](${href})${/\s$/.test(inner) ? ' ' : ''}`
      })
    }
  }
}
