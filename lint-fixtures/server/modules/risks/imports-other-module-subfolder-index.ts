// Only the module's own index.ts is public, not an index.ts further down.
import { scheduleReview } from '../tasks/reviews/index.ts';

export { scheduleReview };
