export { maskCpr } from './cpr.ts';
export { incidentsModule } from './incidents.manifest.ts';
export { createIncident } from './report.service.ts';
