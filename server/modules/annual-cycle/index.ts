export { annualCycleModule } from './annual-cycle.manifest.ts';
export { scheduleOf } from './annual-cycle.presenter.ts';
export { activeActivities } from './annual-cycle.repository.ts';
export { ANNUAL_TASK_SOURCE } from './annual-cycle.tasks.ts';
export { occurrencesBetween } from './occurrences.ts';
