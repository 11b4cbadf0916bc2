// server/app.ts and friends wire modules through their index.ts (the manifest), not their files.
import { riskRoutes } from './modules/risks/risks.routes.ts';

export { riskRoutes };
