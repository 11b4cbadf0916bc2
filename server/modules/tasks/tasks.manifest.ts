import type { ModuleManifest } from '../../platform/module.ts';
import { taskRemindersJob, taskRemindersSchedule } from './tasks.jobs.ts';
import { tasksMessages } from './tasks.messages.ts';
import { registerTaskRoutes } from './tasks.routes.ts';

/** One task model for every module, with reminders. */
export const tasksModule: ModuleManifest = {
  name: 'tasks',
  routes: registerTaskRoutes,
  jobs: [taskRemindersJob],
  schedules: [taskRemindersSchedule],
  messages: tasksMessages,
};
