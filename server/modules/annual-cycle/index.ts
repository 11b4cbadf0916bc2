export { ANNUAL_TASK_SOURCE } from './activity-tasks.service.ts';
export { annualCycleModule } from './annual-cycle.manifest.ts';
export { scheduleOf } from './annual-cycle.presenter.ts';
export { activeActivities } from './annual-cycle.repository.ts';
export { occurrencesBetween } from './occurrences.rules.ts';
