import { loadConfig } from './config.ts';
import { risksModule } from './modules/risks/index.ts';

export { loadConfig, risksModule };
