/** Entry of the lazily loaded report bundle (`dist/report.js`): the language server requires it on demand. */
export { buildReport, renderReport } from './index';
export type { HealthReport } from './index';
