import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { htmlToLines } from './htmlToLines'

const fixture = readFileSync(new URL('./__fixtures__/learning-city.html', import.meta.url), 'utf8')
/** Markdown link syntax whose destination has a scheme (or entity) other than http(s) or mailto. */
const LIVE_UNSAFE_LINK = /\]\(\s*<?(?!https?:\/\/|mailto:)[^\s)/]*[:&]/i
const TAG = /<\/?[a-z][a-z0-9:-]*(?:\s[^<>]*)?\/?>/i

describe('htmlToLines on a learning-city page', () => {
  const lines = htmlToLines(fixture)
  const text = lines.join('\n')

  it('keeps the profile: title, facts, headings, paragraphs, lists, table and contacts', () => {
    expect(lines).toContain('# Changzhou, China')
    expect(lines).toContain('- Population density: More than 500 inhabitants per km²')
    expect(lines).toContain('- GDP – city: Between USD 15,000 and USD 25,000')
    expect(lines).toContain('## Innovative institutional design for building a learning city')
    expect(lines).toContain('### Vision and motivation')
    expect(lines).toContain('- the creation of a widespread culture of learning; and')
    expect(lines).toContain('1. Institutional design: a steering group chaired by the mayor.')
    expect(lines).toContain('2. Financial support: dedicated budget lines.')
    expect(lines).toContain('Average number of years of schooling | 10.2 (2015)')
    expect(lines).toContain(
      'Focal point: Mr. Zheng Wang, [zheng.wang@example.cn](mailto:zheng.wang@example.cn)',
    )
    expect(lines).toContain('UIL is not responsible for the content of this city profile.')
  })

  it('joins a wrapped paragraph into one line with single spaces and decoded entities', () => {
    expect(lines).toContain(
      'Changzhou acknowledges that the government plays an important role in building a Learning City. ' +
        'The city envisions that it will improve its citizens’ skills & enhance social cohesion.',
    )
  })

  it('drops page chrome: scripts, styles, navigation, menus, cookie banner, forms, hidden elements, embeds', () => {
    for (const chrome of [
      'dataLayer',
      'font-family',
      'schema.org',
      'Skip to main content',
      'cookies',
      'About us',
      'Home',
      'Related City',
      'Hangzhou',
      'Legal notice',
      'Go',
      'Draft note',
      'Hidden tracking',
      '★',
      'iframes',
      'localStorage',
      'Share this page](',
    ])
      expect(text, chrome).not.toContain(chrome)
  })

  it('keeps link labels of links it drops', () => {
    expect(lines).toContain(
      'City website: [www.changzhou.gov.cn](http://www.changzhou.gov.cn/) Share this page',
    )
  })

  it('separates blocks with one blank line and lists items without', () => {
    expect(lines[0]).not.toBe('')
    expect(lines[lines.length - 1]).not.toBe('')
    expect(text).not.toContain('\n\n\n')
    const first = lines.indexOf('- the extensive use of modern learning technologies;')
    expect(lines[first + 1]).toBe('- the creation of a widespread culture of learning; and')
  })
})

describe('htmlToLines', () => {
  it('writes headings h1..h6 as # lines', () => {
    expect(htmlToLines('<h1>A</h1><h4>B <br> C</h4><h6>D</h6>')).toEqual([
      '# A',
      '',
      '#### B C',
      '',
      '###### D',
    ])
  })

  it('numbers ordered lists in order, from their start, and bullets the rest', () => {
    expect(
      htmlToLines('<ol start="3"><li>a</li><li>b</li></ol><ul><li>x<ul><li>y</li></ul></li></ul>'),
    ).toEqual(['3. a', '4. b', '', '- x', '- y'])
  })

  it('keeps web and mail links, keeps only the label of others, and never emits javascript', () => {
    const lines = htmlToLines(
      '<p><a href=" https://x.org/a b(c) ">the <b>site</b></a>, <a href="JavaScript:alert(1)">js</a>, ' +
        '<a href="data:text/html,x">data</a>, <a href="/rel">rel</a>, <a href="https://fb.com"><img alt="Facebook"></a></p>',
    )
    expect(lines).toEqual([
      '[the site](https://x.org/a%20b%28c%29), js, data, rel, [Facebook](https://fb.com)',
    ])
  })

  it('writes table rows with cells joined by |', () => {
    expect(
      htmlToLines(
        '<table><tr><th>Metric</th><th>Value</th></tr><tr><td>Area</td><td><p>8,569</p><p>km²</p></td></tr></table>',
      ),
    ).toEqual(['Metric | Value', 'Area | 8,569 km²'])
  })

  it('turns br into a line break and keeps pre lines', () => {
    expect(htmlToLines('<p>a<br>b</p><pre>x\n  y</pre>')).toEqual(['a', 'b', '', 'x', 'y'])
  })

  it('treats &nbsp; as a space and collapses whitespace', () => {
    expect(htmlToLines('<p>500&nbsp;&nbsp;km²  \n\t per&#160;person</p>')).toEqual(['500 km² per person'])
  })

  it('drops hidden elements but keeps hidden=until-found, which browsers reveal', () => {
    expect(
      htmlToLines(
        '<p hidden>a</p><p aria-hidden="true">b</p><p style="color:red; display : none">c</p><p hidden="until-found">d</p>',
      ),
    ).toEqual(['d'])
  })

  it('keeps asides and footers with prose, drops those made of links', () => {
    expect(
      htmlToLines(
        '<aside><p>Population: 9 million</p></aside><footer><a href="/a">A</a> <a href="/b">B</a></footer>',
      ),
    ).toEqual(['Population: 9 million'])
  })

  it('judges cookie banners by name, but never the page root', () => {
    expect(
      htmlToLines(
        '<body class="cookies-accepted"><div class="cookie-notice">We use cookies</div><p>Text</p></body>',
      ),
    ).toEqual(['Text'])
  })

  it('strips double-encoded tags but keeps their text', () => {
    expect(htmlToLines('&lt;p&gt;Double &lt;b&gt;encoded&lt;/b&gt;&lt;/p&gt; a &lt; b')).toEqual([
      'Double encoded a < b',
    ])
  })

  it('reads fragments, plain text and truncated markup', () => {
    expect(htmlToLines('just text <b>bold')).toEqual(['just text bold'])
    expect(htmlToLines('<div><p>cut off <a href="https://x.org">li')).toEqual(['cut off [li](https://x.org)'])
    expect(htmlToLines('')).toEqual([])
  })

  it('survives deep nesting without a stack overflow', () => {
    expect(htmlToLines('<div><span>'.repeat(5000) + 'deep')).toEqual(['deep'])
  })

  it('never throws and never emits tags, on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
        const lines = htmlToLines(input)
        expect(lines.every((line) => !TAG.test(line) && !LIVE_UNSAFE_LINK.test(line))).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('never throws on strings made of markup pieces', () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<a href="javascript:x">',
      '<script>',
      '</script>',
      '<!--',
      '-->',
      '&amp;',
      '&lt;',
      '<table><tr><td>',
      '<li>',
      '<br>',
      '[x](',
      'javascript:',
      '&#106;',
      'text',
      ' ',
      '"',
      '<',
      '>',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const lines = htmlToLines(pieces.join(''))
        expect(lines.every((line) => !TAG.test(line) && !LIVE_UNSAFE_LINK.test(line))).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('keeps every visible text node', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/)
    const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        word,
        fc
          .tuple(
            fc.constantFrom('p', 'div', 'span', 'b', 'h2', 'section', 'blockquote'),
            fc.array(tie('node'), { maxLength: 3 }),
          )
          .map(([tag, children]) => `<${tag}>${children.join(' ')}</${tag}>`),
        fc
          .array(tie('node'), { maxLength: 3 })
          .map((items) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`),
        fc
          .array(tie('node'), { maxLength: 3 })
          .map((cells) => `<table><tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr></table>`),
      ),
    })).node
    fc.assert(
      fc.property(tree, (html) => {
        const output = htmlToLines(html).join('\n')
        for (const visible of html
          .replace(/<[^>]+>/g, ' ')
          .split(/\s+/)
          .filter(Boolean))
          expect(output).toContain(visible)
      }),
      { numRuns: 300 },
    )
  })
})
