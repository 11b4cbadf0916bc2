export { sendTaskReminders } from './tasks.jobs.ts';
export { tasksModule } from './tasks.manifest.ts';
export { presentTask, type Task, taskPriorities, taskSchema } from './tasks.presenter.ts';
export {
  findTask,
  findTaskBySourceKey,
  listTasks,
  recipientsOf,
  type TaskRow,
  tasksBySourceKeys,
} from './tasks.repository.ts';
export { openGeneratedTaskKeys, roleReachOf, syncTaskBySource, type TaskSpec } from './tasks.service.ts';
