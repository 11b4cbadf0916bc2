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
export { roleReachOf, syncTaskBySource, type TaskSpec } from './tasks.service.ts';
export { updateGeneratedTask } from './tasks.service.ts';
