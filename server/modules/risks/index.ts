export { acceptRisk } from './risk-acceptance.service.ts';
export { createAction } from './risk-actions.service.ts';
export { decideAssessment, freezeAssessment } from './risk-assessments.service.ts';
export { risksModule } from './risks.manifest.ts';
export type { Risk } from './risks.presenter.ts';
export type { RiskInput } from './risks.schemas.ts';
export { createRisk, updateRisk } from './risks.service.ts';
export { createThreat } from './threats.service.ts';
