import { requireOrg } from '../../../../platform/access.ts';
import { assetsModule } from '../../../assets/index.ts';
import { risksRepository } from '../../risks.repository.ts';
import { scenariosRepository } from '../scenarios.repository.ts';

export { assetsModule, requireOrg, risksRepository, scenariosRepository };
