// HTML import on hostile pages: whatever a page carries (scripts, event handlers, frames, remote images, styles,
// redirects), the lines keep its visible text and nothing that could run or fetch. Executable parts of each page
// carry the marker PWN and fetched resources point at evil.example, so any leak is visible in the lines (text the
// page shows, such as `[a](javascript:SHOWN())`, is kept as text: conservation); the lines are also rendered as Markdown by a permissive CommonMark viewer, which must build nothing live from them.
import fc from 'fast-check'
import MarkdownIt from 'markdown-it'
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { htmlToLines } from './htmlToLines'

const viewer = new MarkdownIt({ html: true })
viewer.validateLink = () => true

function expectInert(lines: string[]) {
  const text = lines.join('\n')
  expect(text).not.toMatch(/PWN/)
  expect(text).not.toMatch(/evil\.example/)
  for (const line of lines) expect(line).not.toMatch(/<\/?[a-z][a-z0-9:-]*(?:\s[^<>]*)?\/?>/i)
  const { document } = parseHTML(`<!doctype html><html><body>${viewer.render(text)}</body></html>`)
  for (const el of document.body.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase()
    expect([
      'p',
      'a',
      'h1',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'ul',
      'ol',
      'li',
      'em',
      'strong',
      'code',
      'br',
      'hr',
      'blockquote',
      'pre',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
    ]).toContain(tag)
    for (const attr of el.attributes) {
      expect(attr.name, text).not.toMatch(/^on/i)
      if (attr.name === 'href') expect(attr.value, text).toMatch(/^(https?:\/\/|mailto:)/i)
    }
  }
  return text
}

const HOSTILE: Array<[name: string, html: string]> = [
  ['inline script', '<p>VISIBLE</p><script>window.PWN=1</script>'],
  ['script in svg', '<svg><script>window.PWN=1</script><text>x</text></svg><p>VISIBLE</p>'],
  [
    'module script and noscript',
    '<script type="module">PWN()</script><noscript><img src="https://evil.example/n"></noscript><p>VISIBLE</p>',
  ],
  ['event handlers', '<p onclick="PWN()" onmouseover="PWN()">VISIBLE</p><body onload="PWN()">'],
  ['img with onerror', '<p>VISIBLE <img src="https://evil.example/t.png" onerror="PWN()" alt="alt"></p>'],
  [
    'srcset and picture',
    '<picture><source srcset="https://evil.example/a.webp"><img srcset="https://evil.example/b 2x"></picture><p>VISIBLE</p>',
  ],
  [
    'iframe, frame, object, embed',
    '<iframe src="https://evil.example/f">PWN</iframe><object data="https://evil.example/o">PWN</object><embed src="https://evil.example/e"><p>VISIBLE</p>',
  ],
  ['srcdoc', '<iframe srcdoc="<script>PWN()</script>"></iframe><p>VISIBLE</p>'],
  [
    'stylesheets and style urls',
    '<link rel="stylesheet" href="https://evil.example/s.css"><style>@import "https://evil.example/i.css"; p{}</style><p style="background:url(https://evil.example/bg)">VISIBLE</p>',
  ],
  [
    'meta refresh and base',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/"><p>VISIBLE <a href="/rel">rel</a></p>',
  ],
  [
    'forms',
    '<form action="https://evil.example/f"><button formaction="javascript:PWN()">go</button><input value="PWN"></form><p>VISIBLE</p>',
  ],
  [
    'javascript links',
    '<p>VISIBLE <a href="javascript:PWN()">one</a> <a href="JaVaScRiPt:PWN()">two</a> <a href=" java&#x09;script:PWN()">three</a></p>',
  ],
  [
    'data and vbscript links',
    '<p>VISIBLE <a href="data:text/html,PWN">d</a> <a href="vbscript:PWN">v</a></p>',
  ],
  [
    'media',
    '<video src="https://evil.example/v" poster="https://evil.example/p">PWN</video><audio src="https://evil.example/a"></audio><p>VISIBLE</p>',
  ],
  ['table background', '<table background="https://evil.example/t"><tr><td>VISIBLE</td></tr></table>'],
  ['mXSS-style nesting', '<math><mtext><table><mglyph><style><img src=https://evil.example/x onerror=PWN()>'],
  [
    'noscript attribute trick',
    '<noscript><p title="</noscript><img src=https://evil.example/x onerror=PWN()>"></noscript><p>VISIBLE</p>',
  ],
  ['comment and CDATA', '<p>VISIBLE<!-- <script>PWN()</script> --><![CDATA[<script>PWN()</script>]]></p>'],
  ['template', '<template><script>PWN()</script><img src="https://evil.example/t"></template><p>VISIBLE</p>'],
  [
    'escaped markup in text',
    '<p>VISIBLE &lt;script&gt;PWN()&lt;/script&gt; &lt;img src=x onerror=PWN()&gt;</p>',
  ],
  ['double-escaped markup', '<p>VISIBLE &amp;lt;script&amp;gt;SHOWN()&amp;lt;/script&amp;gt;</p>'],
  [
    'Markdown link tricks in text',
    '<p>VISIBLE [a](javascript:SHOWN()) &#91;b&#93;(javascript:SHOWN()) [c]: vbscript:SHOWN() &lt;javascript:SHOWN()&gt;</p>',
  ],
  [
    'markup that stripping joins together',
    '<p>VISIBLE &lt;&lt;b&gt;script&gt;PWN()&lt;/script&gt; &lt;&lt;i&gt;img src=https://evil.example/x onerror=PWN()&gt;</p>',
  ],
  ['nested autolink brackets', '<p>VISIBLE &lt;&lt;javascript:SHOWN()&gt;&gt;</p>'],
  ['unclosed tags', '<p>VISIBLE<script>PWN()'],
  ['handler on a kept link', '<p>VISIBLE <a href="https://site.example/" onclick="PWN()">site</a></p>'],
]

describe('htmlToLines on hostile pages', () => {
  for (const [name, html] of HOSTILE) {
    it(`${name}: keeps the visible text, nothing that runs or fetches`, () => {
      const text = expectInert(htmlToLines(html))
      if (html.includes('VISIBLE')) expect(text).toContain('VISIBLE')
    })
  }

  it('keeps a web link the page shows, with its label', () => {
    expect(htmlToLines(HOSTILE.at(-1)![1])).toEqual(['VISIBLE [site](https://site.example/)'])
  })

  it('keeps Markdown image syntax a page shows as text, as text: no importer writes an image from an <img>', () => {
    // The words are the page's own visible text (conservation); the app never renders lines as Markdown
    // images (the editor shows text, the export escapes it), and no <img> of the page becomes one.
    expect(
      htmlToLines(
        '<p>see ![x](https://site.example/p.png)</p><img src="https://site.example/q.png" alt="q">',
      ),
    ).toEqual(['see ![x](https://site.example/p.png)'])
  })

  it('stays inert on generated pages built from hostile pieces', () => {
    const tag = fc.constantFrom(
      'p',
      'div',
      'span',
      'a',
      'img',
      'iframe',
      'script',
      'style',
      'svg',
      'math',
      'object',
      'form',
      'table',
      'td',
      'noscript',
      'template',
      'textarea',
      'title',
      'xmp',
      'plaintext',
    )
    const attr = fc.constantFrom(
      ' onclick="PWN()"',
      ' onerror=PWN()',
      ' src="https://evil.example/s"',
      ' href="javascript:PWN()"',
      ' href="https://site.example/"',
      ' style="background:url(https://evil.example/u)"',
      ' srcdoc="&lt;script&gt;PWN()&lt;/script&gt;"',
      ' data="https://evil.example/d"',
      '',
    )
    const text = fc.constantFrom(
      'VISIBLE',
      ' ',
      '&lt;b onclick=SHOWN()&gt;',
      '[x](javascript:SHOWN())',
      '&lt;javascript:SHOWN()&gt;',
      '<!--',
      '-->',
      '"',
      "'",
      '>',
      '<',
    )
    const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text,
        fc
          .tuple(tag, fc.array(attr, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 3 }), fc.boolean())
          .map(
            ([t, attrs, kids, closed]) => `<${t}${attrs.join('')}>${kids.join('')}${closed ? `</${t}>` : ''}`,
          ),
      ),
    })).node
    fc.assert(
      fc.property(fc.array(node, { maxLength: 4 }), (parts) => {
        expectInert(htmlToLines(parts.join('')))
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 300) },
    )
  })
})
