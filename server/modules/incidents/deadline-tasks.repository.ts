import type { Db } from '../../db/database.ts';
import type { TaskRow } from '../tasks/tasks.repository.ts';

export const DEADLINE_TASK_SOURCE = 'incident.deadline';

/** The deadline tasks of several incidents in one query (tasks_entity_idx), for the job's pages. */
export async function deadlineTasksOf(db: Db, incidentIds: readonly string[]): Promise<TaskRow[]> {
  if (incidentIds.length === 0) return [];
  return db
    .selectFrom('tasks as t')
    .leftJoin('users as u', 'u.id', 't.assignee_user_id')
    .selectAll('t')
    .select('u.name as assignee_name')
    .where('t.entity_type', '=', 'incident')
    .where('t.entity_id', 'in', [...incidentIds])
    .where('t.source', '=', DEADLINE_TASK_SOURCE)
    .execute();
}
