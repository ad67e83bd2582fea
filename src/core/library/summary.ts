// The small record the library list shows, one per line in the library's index file: enough to list, sort and
// filter profiles without reading them, and no narrative text, so that the index stays small.
import { z } from 'zod'
import { LayoutSchema, METRIC_KEYS, StatusSchema, type Profile } from '../model'
import { completeness } from './completeness'

const timestamp = z.iso.datetime({ offset: true })

export const ProfileSummarySchema = z
  .object({
    id: z.string().min(1),
    city: z.string(),
    country: z.string(),
    status: StatusSchema,
    layout: LayoutSchema,
    percent: z.number().int().min(0).max(100),
    missing: z.array(z.enum(METRIC_KEYS)),
    /** How many source lines no field could take. */
    unassigned: z.number().int().min(0),
    /** How many narrative sections. */
    sections: z.number().int().min(0),
    updatedAt: timestamp,
    /** When the profile was deleted (moved to the bin), or null. */
    deleted: timestamp.nullable(),
  })
  .strict()
export type ProfileSummary = z.infer<typeof ProfileSummarySchema>

export function summarize(profile: Profile, meta: { deleted: string | null }): ProfileSummary {
  const { percent, missing } = completeness(profile)
  return {
    id: profile.id,
    city: profile.city,
    country: profile.country,
    status: profile.status,
    layout: profile.source.layout,
    percent,
    missing,
    unassigned: profile.unassigned.length,
    sections: profile.sections.length,
    updatedAt: profile.updatedAt,
    deleted: meta.deleted,
  }
}
