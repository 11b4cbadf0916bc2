import { sql } from 'kysely';
import type { Migration } from '../migrate.ts';

/**
 * The one attachment store: file metadata (the bytes live in FileStorage under `storage_key`)
 * and links from a file to any record, so evidence, contracts and reports share one table.
 */
export const files: Migration = {
  version: 4,
  name: 'files',
  async up({ db }) {
    await db.schema
      .createTable('files')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('content_type', 'text', (c) => c.notNull())
      .addColumn('size', 'bigint', (c) => c.notNull().check(sql`size >= 0`))
      .addColumn('sha256', 'text', (c) => c.notNull().check(sql`length(sha256) = 64`))
      .addColumn('storage_key', 'text', (c) => c.notNull().unique())
      .addColumn('uploaded_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    // Lists page newest first by id (UUIDv7) within the organisation.
    await db.schema.createIndex('files_org_idx').on('files').columns(['org_id', 'id']).execute();

    await db.schema
      .createTable('file_links')
      .addColumn('file_id', 'text', (c) => c.notNull().references('files.id').onDelete('cascade'))
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('entity_type', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('file_links_pkey', ['file_id', 'entity_type', 'entity_id'])
      .execute();
    // "The files of this record", in the same order as the file list.
    await db.schema
      .createIndex('file_links_entity_idx')
      .on('file_links')
      .columns(['org_id', 'entity_type', 'entity_id', 'file_id'])
      .execute();
  },
};
