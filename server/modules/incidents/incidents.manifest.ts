import type { ModuleManifest } from '../../platform/module.ts';
import { incidentDeadlineJob, incidentDeadlineSchedule } from './incidents.jobs.ts';
import { incidentsMessages } from './incidents.messages.ts';
import { incidentExists } from './incidents.repository.ts';
import { registerIncidentRoutes } from './incidents.routes.ts';
import { notificationExists } from './notifications.repository.ts';

/** Incidents with legal clocks, notifications, the breach log and statistics. */
export const incidentsModule: ModuleManifest = {
  name: 'incidents',
  routes: registerIncidentRoutes,
  jobs: [incidentDeadlineJob],
  schedules: [incidentDeadlineSchedule],
  linkTargets: { incident: incidentExists, incident_notification: notificationExists },
  messages: incidentsMessages,
};
