import { createRoute } from '@tanstack/react-router';
import { OperationsPage } from '../features/operations/operations-page';
import { authedRoute } from './authed';

/** Instance operations (sign-in locks, failed jobs, mail outbox): for the sector's admins. */
export const operationsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/operations',
  component: OperationsPage,
});
