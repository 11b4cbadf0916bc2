// Re-exporting another module's internals is reaching into it as well.
export { createOrg } from '../orgs/orgs.service.ts';
