// Which profiles an export writes, in which order: the filters a curator picks (status, country, whether the
// profile has problems), and one stable order (by id) so that the same library gives the same bytes.
import { z } from 'zod'
import { foldKey } from '../clean/fold'
import { findCountry } from '../geo/countries'
import { StatusSchema, type Profile } from '../model'

export const ExportFilterSchema = z
  .object({
    /** Only these statuses; empty or absent = all. */
    status: z.array(StatusSchema).optional(),
    /** Only these countries, matched by ISO code whatever name is used (`Viet Nam` = `Vietnam`). */
    country: z.array(z.string().min(1)).optional(),
    /** true: only profiles with errors or warnings; false: only profiles without. */
    hasProblems: z.boolean().optional(),
  })
  .strict()
export type ExportFilter = z.infer<typeof ExportFilterSchema>

const countryKey = (name: string): string => findCountry(name)?.code ?? foldKey(name)

const byId = (a: Profile, b: Profile): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * The profiles to export, sorted by id. `hasProblems(id)` answers the problems filter (validation needs the whole
 * library, for duplicates, so the caller runs it).
 */
export function selectProfiles(
  profiles: readonly Profile[],
  filter: ExportFilter,
  hasProblems: (id: string) => boolean,
): Profile[] {
  const statuses = filter.status?.length ? new Set(filter.status) : null
  const countries = filter.country?.length ? new Set(filter.country.map(countryKey)) : null
  return profiles
    .filter((p) => !statuses || statuses.has(p.status))
    .filter((p) => !countries || countries.has(countryKey(p.country)))
    .filter((p) => filter.hasProblems === undefined || hasProblems(p.id) === filter.hasProblems)
    .sort(byId)
}
