import { z } from 'zod';
import type { FileLinkRow } from '../../db/schema.ts';
import { isoInstant } from '../api-schemas.ts';
import type { FileWithUploader } from './files.repository.ts';

export const fileLinkSchema = z
  .object({ entityType: z.string(), entityId: z.string(), createdAt: isoInstant })
  .meta({ id: 'FileLink' });

export const storedFileSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    name: z.string().describe('Original file name, sanitised'),
    contentType: z.string().describe('Detected from the bytes'),
    size: z.number().int(),
    sha256: z.string(),
    uploadedBy: z.string().nullable(),
    uploadedByName: z.string().nullable(),
    createdAt: isoInstant,
    links: z.array(fileLinkSchema),
  })
  .meta({ id: 'StoredFile' });

export type StoredFile = z.infer<typeof storedFileSchema>;

export function presentFile(row: FileWithUploader, links: readonly FileLinkRow[]): StoredFile {
  return {
    id: row.id,
    orgId: row.org_id,
    name: row.name,
    contentType: row.content_type,
    size: Number(row.size),
    sha256: row.sha256,
    uploadedBy: row.uploaded_by,
    uploadedByName: row.uploaded_by_name,
    createdAt: row.created_at,
    links: links
      .filter((link) => link.file_id === row.id)
      .map((link) => ({
        entityType: link.entity_type,
        entityId: link.entity_id,
        createdAt: link.created_at,
      })),
  };
}
