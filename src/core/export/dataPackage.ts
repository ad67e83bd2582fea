// The Frictionless Data Package (v1) descriptor of the CSV export: a tabular resource per CSV file, each with a
// Table Schema whose field types, formats and constraints come from the model and the metric catalogue, primary
// keys, foreign keys from the companion tables to profiles, and `""` as the missing value (an empty metric is an
// empty cell). Deterministic: no export time, no absolute paths.
import { METRIC_CATALOGUE, METRIC_UNITS, MetricOriginSchema, LAYOUTS, StatusSchema } from '../model'
import { metricColumn } from '../model/flatColumns'
import { CSV_LINE_TERMINATOR, CSV_TABLES } from './csvFormats'
import type { ExportFile } from './exportFile'

interface TableField {
  name: string
  type: 'string' | 'number' | 'integer' | 'datetime' | 'array'
  description?: string
  format?: string
  constraints?: {
    required?: boolean
    unique?: boolean
    minimum?: number
    maximum?: number
    enum?: readonly string[]
  }
}

interface TableSchema {
  fields: TableField[]
  missingValues: string[]
  primaryKey: string | string[]
  foreignKeys?: Array<{ fields: string; reference: { resource: string; fields: string } }>
}

const str = (name: string, description: string, constraints?: TableField['constraints']): TableField => ({
  name,
  type: 'string',
  description,
  ...(constraints ? { constraints } : {}),
})

function metricFields(): TableField[] {
  return METRIC_CATALOGUE.flatMap((def): TableField[] => {
    const figure = (field: 'value' | 'min' | 'max', what: string): TableField => ({
      name: metricColumn(def.key, field),
      type: def.integer ? 'integer' : 'number',
      description: `${def.label}: ${what} (${def.unit}).`,
      constraints: { minimum: def.range.min, maximum: def.range.max },
    })
    return [
      figure('value', 'the exact figure'),
      figure('min', 'the lower bound of a band'),
      figure('max', 'the upper bound of a band'),
      str(metricColumn(def.key, 'unit'), `${def.label}: the unit; ${def.unit} in the catalogue.`, {
        enum: METRIC_UNITS,
      }),
      {
        name: metricColumn(def.key, 'year'),
        type: 'integer',
        description: `${def.label}: the reference year of the figure.`,
        constraints: { minimum: 1800, maximum: 2200 },
      },
      str(metricColumn(def.key, 'raw'), `${def.label}: the text the figure was read from, as written.`),
      str(metricColumn(def.key, 'origin'), `${def.label}: where the figure came from.`, {
        enum: MetricOriginSchema.options,
      }),
      str(metricColumn(def.key, 'evidence'), `${def.label}: the sentence, table row or formula behind it.`),
    ]
  })
}

const datetime = (name: string, description: string, required = false): TableField => ({
  name,
  type: 'datetime',
  format: 'any',
  description,
  ...(required ? { constraints: { required: true } } : {}),
})

const PROFILE_KEY = [{ fields: 'profile_id', reference: { resource: 'profiles', fields: 'id' } }]

const position = (what: string): TableField => ({
  name: 'position',
  type: 'integer',
  description: `The ${what}'s place in the profile, from 1.`,
  constraints: { required: true, minimum: 1 },
})
const profileId = str('profile_id', 'The profile (profiles.id).', { required: true })

const SCHEMAS: Record<string, TableSchema> = {
  profiles: {
    fields: [
      str('id', 'Stable, unique profile id.', { required: true, unique: true }),
      str('city', 'The city.'),
      str('country', 'The country.'),
      str('headline', 'The headline.'),
      str('status', 'The curation status.', { required: true, enum: StatusSchema.options }),
      str('notes', 'The curator’s notes.'),
      ...metricFields(),
      str('layout', 'The layout of the source document.', { required: true, enum: LAYOUTS }),
      str('source_file', 'The source document’s file name.'),
      str('source_sha256', 'The SHA-256 of the source document.'),
      datetime('imported_at', 'When the source was imported.', true),
      datetime('created_at', 'When the profile was created.', true),
      datetime('updated_at', 'When the profile last changed.', true),
      {
        name: 'unassigned',
        type: 'array',
        description: 'Source lines no field could take (a JSON array of strings).',
      },
      {
        name: 'boilerplate',
        type: 'array',
        description: 'Recognised non-content lines; left out of the cleaned export (an empty JSON array).',
      },
      {
        name: 'extra_fields',
        type: 'array',
        description: 'Labelled values that are not catalogue metrics (a JSON array of {label, value}).',
      },
    ],
    missingValues: [''],
    primaryKey: 'id',
  },
  sections: {
    fields: [
      profileId,
      position('section'),
      str('section_id', 'The section’s id within the profile.', { required: true }),
      str('heading', 'The heading; empty for the introduction.'),
      str('body', 'The text: paragraphs, `- ` bullets, `1. ` items, `### ` sub-headings.', {
        required: true,
      }),
    ],
    missingValues: [''],
    primaryKey: ['profile_id', 'position'],
    foreignKeys: PROFILE_KEY,
  },
  contacts: {
    fields: [
      profileId,
      position('contact'),
      str('role', 'The contact’s role (mayor, focal point, contact, speaker…).', { required: true }),
      str('name', 'The name, as written.', { required: true }),
      str('title', 'The title or function.'),
      str('email', 'The e-mail address.'),
    ],
    missingValues: [''],
    primaryKey: ['profile_id', 'position'],
    foreignKeys: PROFILE_KEY,
  },
  links: {
    fields: [
      profileId,
      position('link'),
      str('label', 'What the link is.'),
      str('url', 'The web address.', { required: true }),
    ],
    missingValues: [''],
    primaryKey: ['profile_id', 'position'],
    foreignKeys: PROFILE_KEY,
  },
}

export function dataPackageDescriptor(): object {
  return {
    profile: 'tabular-data-package',
    name: 'learning-city-profiles',
    title: 'Learning city profiles',
    description:
      'Profiles of member cities of the UNESCO Global Network of Learning Cities, curated and exported by Profile Curator: one row a profile in profiles.csv, its sections, contacts and links keyed by profile id.',
    resources: CSV_TABLES.map((table) => {
      const schema = SCHEMAS[table.name]
      if (!schema || schema.fields.map((f) => f.name).join() !== table.columns.join())
        throw new Error(`the schema of ${table.path} does not match its columns`)
      return {
        name: table.name,
        path: table.path,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: {
          delimiter: ',',
          lineTerminator: CSV_LINE_TERMINATOR,
          quoteChar: '"',
          doubleQuote: true,
          header: true,
        },
        schema,
      }
    }),
  }
}

export function dataPackageFile(): ExportFile {
  return { path: 'datapackage.json', chunks: () => [`${JSON.stringify(dataPackageDescriptor(), null, 2)}\n`] }
}
