// Test helpers use a module's index.ts, like everyone outside the module.
import { makeOrgRow } from '../modules/orgs/orgs.repository.ts';

export { makeOrgRow };
