// The cleaned form of a profile that every export writes: boilerplate left out, text normalised, addresses
// repaired, icon words and empty sections dropped, keys in the model's order. Nothing is invented: a missing
// metric stays null, an address that cannot be repaired is kept as written. Idempotent, so that an export
// imported and exported again gives the same bytes.
import { dropIconLines, normaliseBody, normaliseLine, repairBrokenUrls } from '../clean/textDamage'
import { isValidUrl, repairUrl } from '../clean/urls'
import { METRIC_CATALOGUE, type Metric, type Metrics, type Profile } from '../model'

const line = normaliseLine
const nullable = (text: string | null): string | null => {
  if (text === null) return null
  const t = line(text)
  return t === '' ? null : t
}

function cleanMetric(m: Metric | null): Metric | null {
  if (!m) return null
  return {
    value: m.value,
    min: m.min,
    max: m.max,
    unit: m.unit,
    year: m.year,
    raw: nullable(m.raw),
    origin: m.origin,
    evidence: nullable(m.evidence),
  }
}

function cleanUrl(url: string): string {
  const trimmed = line(url)
  if (isValidUrl(trimmed)) return trimmed
  const repaired = repairUrl(trimmed)
  return isValidUrl(repaired) ? repaired : trimmed
}

export function cleanProfile(p: Profile): Profile {
  const metrics = Object.fromEntries(
    METRIC_CATALOGUE.map((m) => [m.key, cleanMetric(p.metrics[m.key])]),
  ) as Metrics
  return {
    id: p.id,
    city: line(p.city),
    country: line(p.country),
    headline: nullable(p.headline),
    metrics,
    sections: p.sections
      .map((s) => ({
        id: s.id,
        heading: nullable(s.heading),
        body: normaliseBody(dropIconLines(repairBrokenUrls(normaliseBody(s.body)))),
      }))
      .filter((s) => s.body !== ''),
    contacts: p.contacts.map((c) => ({
      role: line(c.role) || c.role,
      name: line(c.name) || c.name,
      title: nullable(c.title),
      email: nullable(c.email),
    })),
    links: p.links.map((l) => ({ label: line(l.label), url: cleanUrl(l.url) || l.url })),
    extraFields: p.extraFields.map((f) => ({ label: line(f.label) || f.label, value: line(f.value) })),
    status: p.status,
    notes: normaliseBody(p.notes),
    unassigned: p.unassigned.map(line).filter((t) => t !== ''),
    boilerplate: [],
    source: {
      file: p.source.file,
      layout: p.source.layout,
      sha256: p.source.sha256,
      importedAt: p.source.importedAt,
    },
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  }
}
