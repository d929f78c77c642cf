// The casualty chart's pure, DOM-free modules: scale, layout, text alternative and CSV.
export { countScale, OPEN_END, type CountScale } from './scale';
export { casualtyLayout, describeChart, sumQualifier, MARK_KINDS, type MarkKind, type CasualtyLayout, type ChartRow, type BarMarks, type TotalNote, type LayoutOptions } from './layout';
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
