// The db layer never imports platform.
import { encodeCursor } from '../platform/pagination.ts';

export { encodeCursor };
