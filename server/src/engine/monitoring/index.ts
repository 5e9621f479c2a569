// Umsetzungsmonitoring (#20): the status of a plan's measures over time, the Ampel and the Statusbericht as data.
export { buildStatusReport, reportingDates } from './buildStatusReport';
export type { StatusReportOptions } from './buildStatusReport';
export { ampelOf } from './ampel';
export { AMPEL, AMPEL_MONTH_RULE, AMPEL_ORDER, AMPEL_RULES, ampelWord, STOPPED_WORD } from './ampelRules';
export type { AmpelLabel } from './ampelRules';
export type { AmpelResult } from './ampel';
export { actualEnd, actualStart, currentStatus, lastUpdateOf } from './currentStatus';
export { appendUpdate, AppendUpdateError } from './appendUpdate';
export { isDay, isMonth, lastDayOf, parseReportingDate, ReportingDateError } from './reportingDate';
export { milestonesOf, updatesOf } from './measureData';
export type { MonitoredMeasure } from './measureData';
export type * from './statusReport';
export { renderStatusReport, renderStatusPage, STATUS_CSS, STATUS_REPORT_CSS } from './view/statusView';
export type { StatusView, StatusViewOptions } from './view/statusView';
