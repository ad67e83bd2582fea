// The few DOM members the HTML adapter reads. Declared here rather than taken from lib.dom so that core compiles
// in Node (no DOM lib) and in the renderer alike, whatever DOM implementation produced the nodes.

export const ELEMENT_NODE = 1
export const TEXT_NODE = 3
export const DOCUMENT_NODE = 9

export interface DomNode {
  nodeType: number
  nodeName: string
  textContent: string | null
  childNodes: ArrayLike<DomNode>
}

export interface DomElement extends DomNode {
  getAttribute(name: string): string | null
  hasAttribute(name: string): boolean
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE
}

export function tagName(node: DomNode): string {
  return node.nodeName.toLowerCase()
}
