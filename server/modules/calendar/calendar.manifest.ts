import type { ModuleManifest } from '../../platform/module.ts';
import { registerCalendarRoutes } from './calendar.routes.ts';

/** iCal feeds of tasks and the årshjul by secret URL. */
export const calendarModule: ModuleManifest = {
  name: 'calendar',
  routes: registerCalendarRoutes,
};
