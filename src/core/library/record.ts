// A profile as the library stores it: the profile and what the library knows about it.
import { z } from 'zod'
import { ProfileSchema } from '../model'
import { FieldPathSchema } from './fields'

export const StoredRecordSchema = z
  .object({
    id: z.string().min(1),
    /** When the profile was moved to the trash; null while it is in the library. */
    deleted: z.iso.datetime({ offset: true }).nullable(),
    /** Fields the curator has changed by hand: an import never overwrites them silently. */
    edited: z.array(FieldPathSchema),
    /**
     * Keys of the suggestions the curator turned down, so they are not offered again. Absent in libraries written
     * before suggestions existed, and while empty (so those files stay as they were).
     */
    rejected: z.array(z.string().min(1)).optional(),
    profile: ProfileSchema,
  })
  .strict()
export type StoredRecord = z.infer<typeof StoredRecordSchema>
