// Demo data goes through a module's index.ts.
import { createAsset } from '../modules/assets/assets.service.ts';

export { createAsset };
