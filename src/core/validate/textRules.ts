// Problems in the text fields: links that are not valid addresses, empty sections, and damage left over from
// copying web pages (words run together, addresses broken by a space, icon words).
import { findBrokenUrls, iconLines, repairBrokenUrls } from '../clean/textDamage'
import { isValidUrl, repairUrl } from '../clean/urls'
import { deglue } from '../parse/deglue'
import type { Profile, Section } from '../model'
import type { Problem } from './problem'

type Draft = Omit<Problem, 'profileId'>

const quote = (text: string, max = 60): string =>
  `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`

function linkProblems(profile: Profile): Draft[] {
  return profile.links.flatMap((link, i): Draft[] => {
    if (isValidUrl(link.url)) return []
    const repaired = repairUrl(link.url)
    const fixable = isValidUrl(repaired)
    return [
      {
        rule: 'invalid-link',
        severity: 'error',
        field: `links.${i}.url`,
        target: 'links',
        message: `The address ${quote(link.url)}${link.label ? ` of the link “${link.label}”` : ''} is not a valid web address${fixable ? `; it reads as ${repaired}` : ''}.`,
        fixes: fixable
          ? [
              {
                label: `Use ${repaired}`,
                set: { links: profile.links.map((l, j) => (j === i ? { ...l, url: repaired } : l)) },
              },
            ]
          : [],
      },
    ]
  })
}

function emptySections(profile: Profile): Draft[] {
  return profile.sections.flatMap((section, i): Draft[] =>
    section.body.trim() !== ''
      ? []
      : [
          {
            rule: 'empty-section',
            severity: 'warning',
            field: `sections.${i}.body`,
            target: 'sections',
            message: `Section ${section.heading ? `“${section.heading}”` : i + 1} has no text; the export leaves it out.`,
            fixes: [
              { label: 'Remove the section', set: { sections: profile.sections.filter((_, j) => j !== i) } },
            ],
          },
        ],
  )
}

/** The first place where a line's words run together, shown with a little context either side. */
function gluedAt(line: string, names: readonly string[]): string | null {
  const pieces = deglue(line, names)
  if (pieces.length < 2) return null
  const first = pieces[0]!
  const second = pieces[1]!
  return `${first.slice(-20)}${second.slice(0, 20)}`
}

/** The text fields a curator can read, with their place and their editable field. */
function texts(profile: Profile): Array<{ field: string; target: Draft['target']; text: string }> {
  return [
    ...(profile.headline ? [{ field: 'headline', target: 'headline' as const, text: profile.headline }] : []),
    ...profile.sections.flatMap((s: Section, i) => [
      ...(s.heading
        ? [{ field: `sections.${i}.heading`, target: 'sections' as const, text: s.heading }]
        : []),
      { field: `sections.${i}.body`, target: 'sections' as const, text: s.body },
    ]),
  ]
}

function damageProblems(profile: Profile): Draft[] {
  const out: Draft[] = []
  const names = [profile.city].filter(Boolean)
  for (const { field, target, text } of texts(profile)) {
    for (const line of text.split('\n')) {
      const glued = gluedAt(line, names)
      if (glued) {
        out.push({
          rule: 'glued-words',
          severity: 'warning',
          field,
          target,
          message: `Words run together in ${quote(glued, 48)}: a space or a paragraph break is missing.`,
          fixes: [],
        })
        break
      }
    }
  }
  profile.sections.forEach((section, i) => {
    const broken = findBrokenUrls(section.body)
    if (broken.length > 0) {
      out.push({
        rule: 'broken-url-in-text',
        severity: 'warning',
        field: `sections.${i}.body`,
        target: 'sections',
        message: `The address ${quote(broken[0]!.text)} is broken by a space; it reads as ${broken[0]!.repaired}.`,
        fixes: [
          {
            label: 'Join the address',
            set: {
              sections: profile.sections.map((s, j) =>
                j === i ? { ...s, body: repairBrokenUrls(s.body) } : s,
              ),
            },
          },
        ],
      })
    }
    const icons = iconLines(section.body)
    if (icons.length > 0) {
      const lines = new Set(icons.map((l) => l.line))
      out.push({
        rule: 'icon-word',
        severity: 'warning',
        field: `sections.${i}.body`,
        target: 'sections',
        message: `${icons.map((l) => `“${l.word}”`).join(', ')} ${icons.length === 1 ? 'is an icon name' : 'are icon names'} copied from the web page, not text.`,
        fixes: [
          {
            label: icons.length === 1 ? 'Remove the icon word' : 'Remove the icon words',
            set: {
              sections: profile.sections.map((s, j) =>
                j === i
                  ? {
                      ...s,
                      body: s.body
                        .split('\n')
                        .filter((_, k) => !lines.has(k))
                        .join('\n'),
                    }
                  : s,
              ),
            },
          },
        ],
      })
    }
  })
  if (profile.headline !== null && iconLines(profile.headline).length > 0)
    out.push({
      rule: 'icon-word',
      severity: 'warning',
      field: 'headline',
      target: 'headline',
      message: `The headline “${profile.headline}” is an icon name copied from the web page, not text.`,
      fixes: [{ label: 'Clear the headline', set: { headline: null } }],
    })
  return out
}

export function textProblems(profile: Profile): Draft[] {
  return [...linkProblems(profile), ...emptySections(profile), ...damageProblems(profile)]
}
