import type { Updateable } from 'kysely';
import type { Db } from './database.ts';
import type { Database } from './schema.ts';

/** Tables whose rows carry an id and an optimistic-locking version. */
type VersionedTable = {
  [K in keyof Database]: Database[K] extends { id: string; version: number } ? K : never;
}[keyof Database];

/**
 * Applies `changes` and bumps the version only when the stored version is still `version`.
 * False means someone changed the row first: the caller answers 409 version_conflict.
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Db,
  table: T,
  id: string,
  version: number,
  changes: Omit<Updateable<Database[T]>, 'id' | 'version'>,
): Promise<boolean> {
  // Kysely cannot type a table chosen by a type parameter; the signature above carries the types.
  const query = db.updateTable(table as 'tasks') as unknown as {
    set: (values: object) => {
      where: (
        column: string,
        op: '=',
        value: unknown,
      ) => {
        where: (
          column: string,
          op: '=',
          value: unknown,
        ) => { executeTakeFirst: () => Promise<{ numUpdatedRows: bigint }> };
      };
    };
  };
  const result = await query
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
