export { orgsModule } from './orgs.manifest.ts';
export { orgRecord } from './orgs.presenter.ts';
export { findOrgByIdOrName } from './orgs.repository.ts';
export type { Org } from './orgs.schemas.ts';
export { createChildAsSystem, createRoot } from './orgs.service.ts';
