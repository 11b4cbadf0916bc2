import type { Migration } from '../migrate.ts';
import { sortKeyType, sqlIn } from './helpers.ts';

export const tasks: Migration = {
  version: 5,
  name: 'tasks',
  async up({ db, dialect }) {
    await db.schema
      .createTable('tasks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('title_key', sortKeyType(dialect), (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('assignee_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('assignee_role', 'text')
      .addColumn('due_date', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sqlIn('status', ['open', 'in_progress', 'done', 'cancelled'])),
      )
      .addColumn('priority', 'text', (c) => c.notNull().check(sqlIn('priority', ['low', 'normal', 'high'])))
      .addColumn('entity_type', 'text')
      .addColumn('entity_id', 'text')
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('source_key', 'text', (c) => c.unique())
      .addColumn('created_by', 'text')
      .addColumn('completed_at', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('tasks_org_due_idx')
      .on('tasks')
      .columns(['org_id', 'status', 'due_date', 'id'])
      .execute();
    await db.schema
      .createIndex('tasks_assignee_idx')
      .on('tasks')
      .columns(['assignee_user_id', 'status', 'due_date', 'id'])
      .execute();
    await db.schema
      .createIndex('tasks_entity_idx')
      .on('tasks')
      .columns(['entity_type', 'entity_id'])
      .execute();
  },
};
