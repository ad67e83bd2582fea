// The grammar of metric values: numbers, bands, currencies, units and years read from source text, and display.
export { parseNumber, scanNumbers, type NumberMatch } from './parseNumber'
export { parseMetricValue, type ParsedMetricValue } from './parseMetricValue'
export { formatMetric, formatNumber, MISSING, type MetricFigure } from './formatMetric'
