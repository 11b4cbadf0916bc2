// Nor does a migration.
import { newId } from '../../platform/ids.ts';

export { newId };
