// How a profile's status reads and looks everywhere in the app.
import type { Status } from '../../../core/model'

export const STATUS_LABEL: Record<Status, string> = { draft: 'Draft', 'in-review': 'In review', done: 'Done' }

export const STATUS_COLOR: Record<Status, string> = { draft: 'gray', 'in-review': 'yellow', done: 'teal' }
