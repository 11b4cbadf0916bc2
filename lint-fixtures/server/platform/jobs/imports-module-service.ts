// Platform never imports a module, from any depth.
import { createOrg } from '../../modules/orgs/orgs.service.ts';

export { createOrg };
