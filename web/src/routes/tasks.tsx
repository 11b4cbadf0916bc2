import { createRoute } from '@tanstack/react-router';
import type { TaskFilters, TaskStatusFilter } from '../api/tasks';
import { MyTasksPage } from '../features/tasks/my-tasks-page';
import { OrgTasksPage } from '../features/tasks/org-tasks-page';
import { definedOnly, searchFlag, searchId, searchOneOf, searchText } from '../lib/search-params';
import { authedRoute } from './authed';
import { orgRoute } from './org';

const statusFilters: readonly TaskStatusFilter[] = [
  'active',
  'open',
  'in_progress',
  'done',
  'cancelled',
  'all',
];

/** Task filters live in the URL, so a filtered list can be bookmarked and shared. */
function taskSearch(search: Record<string, unknown>): TaskFilters {
  const status = searchOneOf(statusFilters, search.status);
  return definedOnly({
    status: status === 'active' ? undefined : status,
    overdue: searchFlag(search.overdue),
    q: searchText(search.q),
    assigneeUserId: searchId(search.assigneeUserId),
  });
}

export const myTasksRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/tasks',
  validateSearch: taskSearch,
  component: function MyTasksRoute() {
    const filters = myTasksRoute.useSearch();
    return <MyTasksPage filters={filters} />;
  },
});

export const orgTasksRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/tasks',
  validateSearch: taskSearch,
  component: function OrgTasksRoute() {
    const { orgId } = orgTasksRoute.useParams();
    const filters = orgTasksRoute.useSearch();
    return <OrgTasksPage orgId={orgId} filters={filters} />;
  },
});
