import type { Db } from '../../db/database.ts';
import type { TaskRow } from '../tasks/index.ts';

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

/** The overdue clocks of these incidents that were already mailed, as `incident:kind:dueAt`. */
export async function alertedClocks(db: Db, incidentIds: readonly string[]): Promise<Set<string>> {
  if (incidentIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('incident_deadline_alerts')
    .select(['incident_id', 'kind', 'due_at'])
    .where('incident_id', 'in', [...incidentIds])
    .execute();
  return new Set(rows.map((r) => `${r.incident_id}:${r.kind}:${r.due_at}`));
}

export async function markAlerted(db: Db, incidentId: string, kind: string, dueAt: string, at: string) {
  await db
    .insertInto('incident_deadline_alerts')
    .values({ incident_id: incidentId, kind, due_at: dueAt, alerted_at: at })
    .onConflict((oc) => oc.columns(['incident_id', 'kind', 'due_at']).doNothing())
    .execute();
}
