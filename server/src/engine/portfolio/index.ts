// The portfolio across many offices' plans (#21): the collector, the report contract, the HTML view.
export { createPortfolioCollector } from './collector';
export { readPlan } from './planSummary';
export type { PlanReading, ReadingContext } from './planSummary';
export type { PortfolioCollector } from './collector';
export { countHtml, countLabel, isWithheld, MIN_OFFICES } from './anonymise';
export type { BundeslandPortfolio, Count, CriterionPortfolio, InstrumentPortfolio, LessThanThree, Median, PortfolioReport } from './portfolioReport';
export { renderPortfolioPage, renderPortfolioView, PORTFOLIO_CSS, PORTFOLIO_TITLE } from './view/portfolioView';
