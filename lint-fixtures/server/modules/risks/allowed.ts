// Own module, another module's index.ts, platform, db, catalog and packages are all fine.
import { Fastify } from 'fastify';
import { catalog } from '../../catalog/controls/index.ts';
import type { Database } from '../../db/schema.ts';
import { orgsModule } from '../../modules/orgs/index.ts';
import { requireOrg } from '../../platform/access.ts';
import { assetsModule } from '../assets/index.ts';
import { risksService } from './risks.service.ts';
import { scenarioRoutes } from './scenarios/scenarios.routes.ts';

export type { Database };
export { assetsModule, catalog, Fastify, orgsModule, requireOrg, risksService, scenarioRoutes };
