// Platform never imports a module, not even its index.ts.
import { orgsModule } from '../modules/orgs/index.ts';

export { orgsModule };
