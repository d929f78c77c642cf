// The casualty chart's pure, DOM-free modules: scale, geometry, words, the chart that combines them, and CSV.
export { countScale, OPEN_END, type CountScale } from './scale.ts';
export { LINE, BAR, ROW_GAP, AXIS, WRAP, OPEN_LENGTH, COLOURS, tollMarks, sumMarks, sumOf, stackRows, type Marks, type Segment, type RowPlace } from './geometry.ts';
export { incidentWords, totalWords, describeChart, labelLines, revisedDown, type BarWords } from './words.ts';
export { casualtyLayout, MARK_KINDS, type MarkKind, type CasualtyLayout, type ChartRow, type BarMarks, type TotalNote, type LayoutOptions } from './chart.ts';
export {
  VIEWS,
  minimumOf,
  maximumOf,
  isLowerBound,
  reportOf,
  reportInfo,
  formatReportedAt,
  mergeCitations,
  wrapText,
  inFileOrder,
  type IncidentInput,
  type ReportInfo,
  type View,
} from './reports.ts';
export { csvCell, toCsv, casualtiesCsv, CSV_COLUMNS } from './csv.ts';
export { sumQualifier, comparableSum, totalNote, reportLine } from './tolls.ts';
