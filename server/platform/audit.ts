import { createHash } from 'node:crypto';
import type { Db, DialectName } from '../db/database.ts';
import type { AuditEventRow } from '../db/schema.ts';
import { canonicalJson } from './canonical-json.ts';
import { nowIso } from './clock.ts';
import type { RequestContext } from './context.ts';
import { newId } from './ids.ts';

export const GENESIS_HASH = '0'.repeat(64);
export const GLOBAL_CHAIN = 'global';

/** Keys whose values never reach the audit log, at any depth. */
const secretKey = /pass(word)?|secret|token|hash|otp|recovery/i;

export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, inner]) => [
        key,
        secretKey.test(key) && inner !== null && inner !== undefined ? '[redacted]' : redact(inner),
      ]),
    );
  }
  return value;
}

export type AuditInput = {
  orgId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

type HashedFields = Pick<
  AuditEventRow,
  | 'chain'
  | 'seq'
  | 'at'
  | 'org_id'
  | 'actor_id'
  | 'actor_name'
  | 'action'
  | 'entity_type'
  | 'entity_id'
  | 'before_json'
  | 'after_json'
  | 'prev_hash'
>;

/** sha256 over the canonical JSON of the event's stored fields and the previous event's hash. */
export function hashEvent(event: HashedFields): string {
  return createHash('sha256')
    .update(
      canonicalJson({
        chain: event.chain,
        seq: event.seq,
        at: event.at,
        orgId: event.org_id,
        actorId: event.actor_id,
        actorName: event.actor_name,
        action: event.action,
        entityType: event.entity_type,
        entityId: event.entity_id,
        before: event.before_json,
        after: event.after_json,
        prevHash: event.prev_hash,
      }),
    )
    .digest('hex');
}

const toJson = (value: unknown): string | null =>
  value === undefined || value === null ? null : canonicalJson(redact(value));

/**
 * Appends an event to the organisation's hash chain inside the caller's transaction, so the
 * change and its audit event commit or roll back together. The chain head row serialises
 * writers of the same chain (row lock on PostgreSQL; SQLite has one writer anyway).
 */
export async function writeAudit(
  trx: Db,
  ctx: Pick<RequestContext, 'dialect' | 'actor' | 'requestId'> & { auditEvents: number },
  input: AuditInput,
): Promise<void> {
  const chain = input.orgId ?? GLOBAL_CHAIN;
  await trx
    .insertInto('audit_heads')
    .values({ chain, seq: 0, hash: GENESIS_HASH })
    .onConflict((oc) => oc.column('chain').doNothing())
    .execute();
  const head = await lockHead(trx, ctx.dialect, chain);
  const event: HashedFields = {
    chain,
    seq: head.seq + 1,
    at: nowIso(),
    org_id: input.orgId,
    actor_id: ctx.actor?.id ?? null,
    actor_name: ctx.actor?.name ?? 'system',
    action: input.action,
    entity_type: input.entityType,
    entity_id: input.entityId,
    before_json: toJson(input.before),
    after_json: toJson(input.after),
    prev_hash: head.hash,
  };
  const hash = hashEvent(event);
  await trx
    .insertInto('audit_events')
    .values({ ...event, id: newId(), request_id: ctx.requestId, hash })
    .execute();
  await trx.updateTable('audit_heads').set({ seq: event.seq, hash }).where('chain', '=', chain).execute();
  ctx.auditEvents += 1;
}

async function lockHead(trx: Db, dialect: DialectName, chain: string) {
  const query = trx.selectFrom('audit_heads').select(['seq', 'hash']).where('chain', '=', chain);
  return (dialect === 'postgres' ? query.forUpdate() : query).executeTakeFirstOrThrow();
}

export type ChainBreak = {
  chain: string;
  seq: number;
  reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'seq_gap' | 'head_mismatch';
};

export type VerifyReport = { chains: number; events: number; firstBreak: ChainBreak | null };

/** Walks every chain in order and reports the first link that does not hold. */
export async function verifyAuditChains(db: Db): Promise<VerifyReport> {
  const heads = await db.selectFrom('audit_heads').selectAll().orderBy('chain').execute();
  let events = 0;
  for (const head of heads) {
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let lastSeq = 0;
    const pageSize = 1000;
    for (;;) {
      const rows = await db
        .selectFrom('audit_events')
        .selectAll()
        .where('chain', '=', head.chain)
        .where('seq', '>', lastSeq)
        .orderBy('seq')
        .limit(pageSize)
        .execute();
      for (const row of rows) {
        const brokenAt = (reason: ChainBreak['reason']) => ({
          chains: heads.length,
          events,
          firstBreak: { chain: head.chain, seq: row.seq, reason },
        });
        if (row.seq !== expectedSeq) return brokenAt('seq_gap');
        if (row.prev_hash !== prevHash) return brokenAt('prev_hash_mismatch');
        if (hashEvent(row) !== row.hash) return brokenAt('hash_mismatch');
        prevHash = row.hash;
        expectedSeq += 1;
        lastSeq = row.seq;
        events += 1;
      }
      if (rows.length < pageSize) break;
    }
    if (head.seq !== lastSeq || head.hash !== prevHash) {
      return {
        chains: heads.length,
        events,
        firstBreak: { chain: head.chain, seq: lastSeq + 1, reason: 'head_mismatch' },
      };
    }
  }
  return { chains: heads.length, events, firstBreak: null };
}
