// The casualty chart's pure, DOM-free modules: scale, geometry, words, the chart that combines them, and CSV.
export { countScale, OPEN_END, type CountScale } from './scale';
export { LINE, BAR, ROW_GAP, AXIS, WRAP, OPEN_LENGTH, COLOURS, tollMarks, sumMarks, sumOf, stackRows, type Marks, type Segment, type RowPlace } from './geometry';
export { incidentWords, totalWords, describeChart, labelLines, revisedDown, type BarWords } from './words';
export { casualtyLayout, MARK_KINDS, type MarkKind, type CasualtyLayout, type ChartRow, type BarMarks, type TotalNote, type LayoutOptions } from './chart';
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
} from './reports';
export { csvCell, toCsv, casualtiesCsv, CSV_COLUMNS } from './csv';
export { sumQualifier, comparableSum, totalNote, reportLine } from './tolls';
