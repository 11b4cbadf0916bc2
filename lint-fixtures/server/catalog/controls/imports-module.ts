// The catalog is data; it imports no module.
import { controlsModule } from '../../modules/controls/index.ts';

export { controlsModule };
