import { orgsModule } from '../modules/orgs/index.ts';
import { harness } from './harness.ts';

export { harness, orgsModule };
