// Summarises a .cpuprofile (node --cpu-prof): the functions with the most self time, and the most inclusive
// time, optionally only inside a function (`--focus readSnapshot`).
//   npx tsx bench/cpuProfileTop.ts <file.cpuprofile> [--focus name] [--top 25]
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'

interface CpuNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface CpuProfile {
  nodes: CpuNode[]
  samples: number[]
  timeDeltas: number[]
}

const args = process.argv.slice(2)
const file = args[0]
if (!file) throw new Error('usage: cpuProfileTop.ts <file.cpuprofile> [--focus name] [--top n]')
const flag = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`)
  return i < 0 ? undefined : args[i + 1]
}
const focus = flag('focus')
const top = Number(flag('top') ?? 25)

const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map<number, number>()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)

const key = (n: CpuNode): string => {
  const { functionName, url, lineNumber } = n.callFrame
  const where = url ? `${relative(process.cwd(), url.replace(/^file:\/\//, ''))}:${lineNumber + 1}` : ''
  return `${functionName || '(anonymous)'} ${where}`.trim()
}

const self = new Map<string, number>()
const inclusive = new Map<string, number>()
let total = 0
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0
  const stack: CpuNode[] = []
  for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) stack.push(byId.get(n)!)
  if (focus && !stack.some((n) => n.callFrame.functionName === focus)) return
  total += dt
  const leaf = key(stack[0]!)
  self.set(leaf, (self.get(leaf) ?? 0) + dt)
  for (const k of new Set(stack.map(key))) inclusive.set(k, (inclusive.get(k) ?? 0) + dt)
})

const print = (title: string, m: Map<string, number>): void => {
  console.log(`\n${title}`)
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(
      `${(us / 1000).toFixed(0).padStart(8)} ms ${((us / total) * 100).toFixed(1).padStart(5)}%  ${k}`,
    )
}
console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled${focus ? ` inside ${focus}` : ''}`)
print('self time', self)
print('inclusive time', inclusive)
