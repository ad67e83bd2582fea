// What in an HTML page is not the page's text: code, embedded media, navigation, menus, cookie banners, form
// controls and hidden elements. Everything else is visible text and must reach the lines.
import { type DomElement, type DomNode, isElement, tagName, TEXT_NODE } from './htmlDom'

const NEVER_TEXT = new Set([
  ...['head', 'title', 'meta', 'link', 'base', 'script', 'style', 'noscript', 'template'],
  ...['iframe', 'frame', 'frameset', 'noframes', 'object', 'embed', 'noembed', 'applet'],
  ...['svg', 'canvas', 'audio', 'video', 'map', 'nav', 'search'],
  // Form controls: their text is a widget's state, not the document's. Labels stay (they are visible prose).
  ...[
    'input',
    'select',
    'option',
    'optgroup',
    'textarea',
    'button',
    'datalist',
    'output',
    'meter',
    'progress',
  ],
])

const CHROME_ROLES = new Set(['navigation', 'menu', 'menubar', 'search'])

/** Cookie and consent banners and screen-reader-only text, recognised by the class and id names sites use. */
const CHROME_NAME = /cookie|consent|gdpr|^sr-only$|^visually-hidden$|^screen-reader-text$|^skip-link$/i

/** Sites mark the whole page with state classes (`<body class="cookies-accepted">`): never judge a root by name. */
const CONTENT_ROOTS = new Set(['html', 'body', 'main', 'article'])

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i

/** Asides and footers made mostly of links are menus; those with prose (a fact box, a credit line) are kept. */
const MENU_CONTAINERS = new Set(['aside', 'footer'])
const MENU_LINK_SHARE = 0.6

export function isChrome(el: DomElement): boolean {
  const tag = tagName(el)
  if (NEVER_TEXT.has(tag)) return true
  if (tag === 'dialog' && !el.hasAttribute('open')) return true
  if (isHidden(el)) return true
  const role = el.getAttribute('role')?.trim().toLowerCase()
  if (role && CHROME_ROLES.has(role)) return true
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/)
  if (!CONTENT_ROOTS.has(tag) && names.some((name) => CHROME_NAME.test(name))) return true
  return MENU_CONTAINERS.has(tag) && linkShare(el) >= MENU_LINK_SHARE
}

function isHidden(el: DomElement): boolean {
  // `hidden="until-found"` is collapsed content that the browser reveals on search: it is text, keep it.
  const hidden = el.getAttribute('hidden')
  if (hidden !== null && hidden.toLowerCase() !== 'until-found') return true
  if (el.getAttribute('aria-hidden')?.trim().toLowerCase() === 'true') return true
  return HIDING_STYLE.test(el.getAttribute('style') ?? '')
}

/** The share of the element's non-space text that sits inside links; a menu's own heading does not count. */
function linkShare(root: DomNode): number {
  let all = 0
  let linked = 0
  const stack: Array<{ node: DomNode; inLink: boolean }> = [{ node: root, inLink: false }]
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, inLink } = item
    if (node.nodeType === TEXT_NODE) {
      const length = (node.textContent ?? '').replace(/\s+/g, '').length
      all += length
      if (inLink) linked += length
    } else if (isElement(node) && !/^h[1-6]$/.test(tagName(node))) {
      const childInLink = inLink || tagName(node) === 'a'
      for (let i = 0; i < node.childNodes.length; i++)
        stack.push({ node: node.childNodes[i]!, inLink: childInLink })
    }
  }
  return all === 0 ? 1 : linked / all
}
