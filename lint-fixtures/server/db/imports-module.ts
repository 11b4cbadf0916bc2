// The db layer never imports a module.
import { orgsModule } from '../modules/orgs/index.ts';

export { orgsModule };
