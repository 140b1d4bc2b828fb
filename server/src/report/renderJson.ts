import type { Portfolio } from './portfolio';

/** The portfolio model as it is, for scripts; its shape is documented in docs/report.md. */
export function renderJson(portfolio: Portfolio): string {
  return JSON.stringify(portfolio, null, 2) + '\n';
}
