export { auditModule } from './audit.manifest.ts';
