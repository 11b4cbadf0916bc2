export { maskCpr } from './cpr.rules.ts';
export { incidentsModule } from './incidents.manifest.ts';
export { createIncident } from './report.service.ts';
