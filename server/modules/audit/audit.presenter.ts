import { z } from 'zod';
import type { AuditEventRow } from '../../db/schema.ts';
import { isoInstant } from '../../platform/api-schemas.ts';

export const auditEventSchema = z
  .object({
    id: z.string(),
    seq: z.number().int(),
    at: isoInstant,
    orgId: z.string().nullable(),
    actorId: z.string().nullable(),
    actorName: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEvent' });

export type AuditEvent = z.infer<typeof auditEventSchema>;

const parse = (json: string | null) => (json === null ? null : (JSON.parse(json) as Record<string, unknown>));

export function presentAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    id: row.id,
    seq: row.seq,
    at: row.at,
    orgId: row.org_id,
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: parse(row.before_json),
    after: parse(row.after_json),
    hash: row.hash,
  };
}

const csvColumns = [
  'seq',
  'at',
  'actorName',
  'actorId',
  'action',
  'entityType',
  'entityId',
  'before',
  'after',
  'hash',
] as const;

/** RFC 4180 field; a leading =, +, - or @ is prefixed so spreadsheets never run it as a formula. */
function csvField(value: unknown): string {
  let text =
    value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function auditCsvHeader(): string {
  return `${csvColumns.join(',')}\r\n`;
}

export function auditCsvRow(event: AuditEvent): string {
  return `${csvColumns.map((column) => csvField(event[column])).join(',')}\r\n`;
}
