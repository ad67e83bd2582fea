// The facets beside the table: status, missing metric, unassigned lines, layout and country, each value with
// how many profiles it would show given the other filters.
import { ScrollArea, Stack, TextInput, UnstyledButton } from '@mantine/core'
import { useState } from 'react'
import { METRIC_LABEL, METRIC_SHORT } from '../../components/metricLabels'
import { STATUS_LABEL } from '../../components/status'
import { Facet, FacetValue } from './Facet'
import classes from './Facet.module.css'
import { countryValues, layoutValues, MISSING_KEYS, STATUSES } from './facetValues'
import type { FacetCounts, Filters } from './filters'

const COUNTRY_LIMIT = 8

function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set)
  if (next.has(value)) next.delete(value)
  else next.add(value)
  return next
}

interface FacetPanelProps {
  counts: FacetCounts
  filters: Filters
  setFilters: (update: (filters: Filters) => Filters) => void
}

export function FacetPanel({ counts, filters, setFilters }: FacetPanelProps) {
  const [allCountries, setAllCountries] = useState(false)
  const [countryMatch, setCountryMatch] = useState('')
  const countries = countryValues(counts.country, filters.country, {
    limit: allCountries ? null : COUNTRY_LIMIT,
    match: countryMatch,
  })
  const manyCountries = counts.country.size > COUNTRY_LIMIT
  // A facet with nothing to choose (no layouts in an empty result) is left out rather than shown bare.
  const layouts = layoutValues(counts.layout, filters.layout)

  return (
    <ScrollArea h="100%" type="hover" scrollbarSize={6} offsetScrollbars data-testid="facets">
      <Stack gap="lg" pr={4} pb="md">
        <Facet
          title="Status"
          active={filters.status.size > 0}
          onClear={() => setFilters((f) => ({ ...f, status: new Set() }))}
          testId="facet-status"
        >
          {STATUSES.map((status) => (
            <FacetValue
              key={status}
              label={STATUS_LABEL[status]}
              count={counts.status.get(status) ?? 0}
              checked={filters.status.has(status)}
              onToggle={() => setFilters((f) => ({ ...f, status: toggled(f.status, status) }))}
              testId={`facet-status-${status}`}
            />
          ))}
        </Facet>

        <Facet
          title="Missing metric"
          active={filters.missing.size > 0}
          onClear={() => setFilters((f) => ({ ...f, missing: new Set() }))}
          testId="facet-missing"
        >
          {MISSING_KEYS.map((key) => (
            <FacetValue
              key={key}
              label={METRIC_SHORT[key]}
              title={METRIC_LABEL[key]}
              count={counts.missing.get(key) ?? 0}
              checked={filters.missing.has(key)}
              onToggle={() => setFilters((f) => ({ ...f, missing: toggled(f.missing, key) }))}
              testId={`facet-missing-${key}`}
            />
          ))}
        </Facet>

        <Facet
          title="Unassigned lines"
          active={filters.unassigned !== null}
          onClear={() => setFilters((f) => ({ ...f, unassigned: null }))}
          testId="facet-unassigned"
        >
          {([true, false] as const).map((has) => (
            <FacetValue
              key={String(has)}
              label={has ? 'Some to place' : 'None'}
              count={counts.unassigned.get(has ? 'yes' : 'no') ?? 0}
              checked={filters.unassigned === has}
              onToggle={() => setFilters((f) => ({ ...f, unassigned: f.unassigned === has ? null : has }))}
              testId={`facet-unassigned-${has ? 'yes' : 'no'}`}
            />
          ))}
        </Facet>

        {layouts.length > 0 && (
          <Facet
            title="Layout"
            active={filters.layout.size > 0}
            onClear={() => setFilters((f) => ({ ...f, layout: new Set() }))}
            testId="facet-layout"
          >
            {layouts.map((layout) => (
              <FacetValue
                key={layout}
                label={layout}
                count={counts.layout.get(layout) ?? 0}
                checked={filters.layout.has(layout)}
                onToggle={() => setFilters((f) => ({ ...f, layout: toggled(f.layout, layout) }))}
                testId={`facet-layout-${layout}`}
              />
            ))}
          </Facet>
        )}

        {(counts.country.size > 0 || filters.country.size > 0) && (
          <Facet
            title="Country"
            active={filters.country.size > 0}
            onClear={() => setFilters((f) => ({ ...f, country: new Set() }))}
            testId="facet-country"
          >
            {manyCountries && allCountries && (
              <TextInput
                size="xs"
                mb={4}
                placeholder="Find a country"
                aria-label="Find a country"
                value={countryMatch}
                onChange={(event) => setCountryMatch(event.currentTarget.value)}
              />
            )}
            {countries.values.map((country) => (
              <FacetValue
                key={country}
                label={country || 'No country'}
                count={counts.country.get(country) ?? 0}
                checked={filters.country.has(country)}
                onToggle={() => setFilters((f) => ({ ...f, country: toggled(f.country, country) }))}
                testId={`facet-country-${country}`}
              />
            ))}
            {(allCountries || countries.hidden > 0) && (
              <UnstyledButton className={classes.more} onClick={() => setAllCountries((all) => !all)}>
                {allCountries ? 'Show fewer' : `Show ${countries.hidden} more`}
              </UnstyledButton>
            )}
          </Facet>
        )}
      </Stack>
    </ScrollArea>
  )
}
