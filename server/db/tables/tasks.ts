/* Tasks of every module. */
export const taskStatuses = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export const taskPriorities = ['low', 'normal', 'high'] as const;
export type TaskPriority = (typeof taskPriorities)[number];

/** One task model for every module: manual, from the årshjul, review due, legal deadline, … */
export type TasksTable = {
  id: string;
  org_id: string;
  title: string;
  title_key: string;
  description: string | null;
  /** Assigned to a person, or to whoever holds a role at the organisation. */
  assignee_user_id: string | null;
  assignee_role: string | null;
  due_date: string;
  status: TaskStatus;
  priority: TaskPriority;
  /** The record the task concerns (kind + id), e.g. `policy` + its id. */
  entity_type: string | null;
  entity_id: string | null;
  source: string;
  /** Set by generated tasks so each occurrence is created once. */
  source_key: string | null;
  created_by: string | null;
  completed_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};
