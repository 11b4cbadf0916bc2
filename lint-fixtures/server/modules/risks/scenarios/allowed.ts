// A sub-resource folder may use its own module's files and other modules' index.ts.
import { requireOrg } from '../../../platform/access.ts';
import { assetsModule } from '../../assets/index.ts';
import { risksRepository } from '../risks.repository.ts';

export { assetsModule, requireOrg, risksRepository };
