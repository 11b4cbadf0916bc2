export { orgsModule } from './orgs.manifest.ts';
export { type Org, orgKinds, presentOrg } from './orgs.presenter.ts';
export { findOrgByIdOrName } from './orgs.repository.ts';
export { createChildAsSystem, createRoot } from './orgs.service.ts';
