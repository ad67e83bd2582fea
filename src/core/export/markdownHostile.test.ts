// A profile's text is data, never markup: whatever HTML, `javascript:` links or Markdown tricks a source page or a
// curator put in it, the Markdown export shows it as text. Checked the way a reader meets the file: rendered by a
// CommonMark renderer (markdown-it) with raw HTML on and every link scheme allowed, as a permissive viewer would.
import fc from 'fast-check'
import MarkdownIt from 'markdown-it'
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { makeProfile } from '../library/testProfile'
import { fileText } from './exportFile'
import { markdownFiles, profileMarkdown } from './markdown'

const viewer = new MarkdownIt({ html: true, linkify: true })
viewer.validateLink = () => true // the most permissive viewer: it would follow any scheme

/** What the reader's viewer would build: every element, attribute and link target of the rendered page. */
function rendered(markdown: string) {
  const html = viewer.render(markdown)
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  const elements = [...document.body.querySelectorAll('*')]
  return {
    html,
    text: document.body.textContent ?? '',
    tags: new Set(elements.map((e) => e.tagName.toLowerCase())),
    handlers: elements.flatMap((e) => [...e.attributes].map((a) => a.name).filter((n) => /^on/i.test(n))),
    targets: elements
      .flatMap((e) => ['href', 'src', 'srcset', 'action', 'data'].map((a) => e.getAttribute(a)))
      .filter((v): v is string => v !== null),
  }
}

const SAFE_TARGET = /^(https?:\/\/|mailto:|[\w.-]+\.md$)/i
const LIVE_TAGS = [
  'script',
  'iframe',
  'img',
  'object',
  'embed',
  'svg',
  'style',
  'link',
  'meta',
  'form',
  'base',
]

function expectInert(markdown: string) {
  const page = rendered(markdown)
  for (const tag of LIVE_TAGS) expect(page.tags.has(tag), `<${tag}> in ${page.html}`).toBe(false)
  expect(page.handlers, page.html).toEqual([])
  for (const target of page.targets) expect(target, page.html).toMatch(SAFE_TARGET)
  return page
}

const PAYLOADS = [
  '<script>window.pwned=1</script>',
  '<img src=x onerror="window.pwned=1">',
  '<iframe src="https://evil.example/"></iframe>',
  '<svg onload="window.pwned=1"></svg>',
  '[click me](javascript:window.pwned=1)',
  '[click me](<javascript:window.pwned=1>)',
  '<javascript:window.pwned=1>',
  '![pixel](https://evil.example/pixel.png)',
  '[ref]\n\n[ref]: javascript:window.pwned=1',
  '[x](&#106;avascript:window.pwned=1)',
  '[x](data:text/html;base64,PHNjcmlwdD4=)',
  '<a href="javascript:window.pwned=1">a</a>',
  '<div\nonclick="window.pwned=1">split tag</div>',
  '<!-- --><script>window.pwned=1</script>',
  '<style>body{background:url(https://evil.example/)}</style>',
  '`code` <b onmouseover="window.pwned=1">bold</b>',
]

const hostile = (payload: string) =>
  makeProfile({
    city: `Cork ${payload}`,
    country: payload,
    headline: payload,
    sections: [
      {
        id: 's1',
        heading: payload,
        body: `${payload}\n\n- ${payload}\n1. ${payload}\n### ${payload}\n\n${payload}`,
      },
    ],
    contacts: [{ role: 'focal point', name: payload, title: payload, email: payload }],
    links: [
      { label: payload, url: 'javascript:window.pwned=1' },
      { label: 'data', url: 'data:text/html,<script>window.pwned=1</script>' },
      { label: payload, url: 'https://example.org/ok' },
    ],
    source: { file: payload },
  })

describe('the Markdown export of a hostile profile', () => {
  for (const payload of PAYLOADS) {
    it(`shows ${JSON.stringify(payload)} as text, in the profile and the index`, () => {
      const profile = hostile(payload)
      const page = expectInert(profileMarkdown(profile))
      // The text is kept, not dropped: what the curator typed is what the reader sees.
      expect(page.text).toContain('window.pwned=1'.slice(0, 6))
      for (const file of markdownFiles([profile])) expectInert(fileText(file))
    })
  }

  it('keeps the model’s Markdown subset working: bullets, numbers, sub-headings and web links', () => {
    const page = rendered(
      profileMarkdown(
        makeProfile({
          sections: [
            { id: 's', heading: 'Vision', body: 'Para.\n\n- one\n- two\n\n1. first\n### Sub\nEnd.' },
          ],
          contacts: [{ role: 'focal point', name: 'Ann', title: null, email: 'ann@example.org' }],
          links: [{ label: 'Site', url: 'https://example.org/a_(b)' }],
        }),
      ),
    )
    expect(page.tags).toEqual(
      new Set([
        'h1',
        'h2',
        'h3',
        'p',
        'ul',
        'ol',
        'li',
        'table',
        'thead',
        'tbody',
        'tr',
        'th',
        'td',
        'a',
        'hr',
      ]),
    )
    expect(page.targets).toContain('mailto:ann@example.org')
    expect(page.targets.some((t) => t.startsWith('https://example.org/a_'))).toBe(true)
  })

  it('stays inert on any text in any field (generated)', () => {
    const piece = fc.constantFrom(
      ...PAYLOADS,
      '<',
      '>',
      '[',
      ']',
      '(',
      ')',
      '`',
      '*',
      '_',
      '\\',
      '&#',
      ':',
      '\n',
      ' ',
      'javascript:',
      'x',
    )
    const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''))
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        expectInert(
          profileMarkdown(
            makeProfile({
              city: a,
              headline: b || null,
              sections: [{ id: 's', heading: c || null, body: `${a}\n${b}\n\n- ${c}` }],
              contacts: [{ role: 'focal point', name: b || 'n', title: c || null, email: a || null }],
              links: [{ label: b, url: c || 'x' }],
            }),
          ),
        )
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 200) },
    )
  })
})
