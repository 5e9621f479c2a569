// Umsetzungsmonitoring (#20): the status of a plan's measures over time, the Ampel and the Statusbericht as data.
export { buildStatusReport, reportingDates } from './buildStatusReport';
export type { StatusReportOptions } from './buildStatusReport';
export { AMPEL, AMPEL_ORDER, AMPEL_RULES, ampelOf } from './ampel';
export type { AmpelResult } from './ampel';
export { actualEnd, actualStart, currentStatus, lastUpdateOf } from './currentStatus';
export { appendUpdate, AppendUpdateError } from './appendUpdate';
export { isDay, isMonth, lastDayOf, parseReportingDate, ReportingDateError } from './reportingDate';
export { milestonesOf, updatesOf } from './measureData';
export type { MonitoredMeasure } from './measureData';
export type * from './statusReport';
