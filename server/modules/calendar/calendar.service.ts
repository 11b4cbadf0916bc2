import { can } from '../../platform/access.ts';
import { writeAudit } from '../../platform/audit.ts';
import { loadActor } from '../../platform/authenticate.ts';
import { addDaysToDate, nowIso, todayLocal } from '../../platform/clock.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import type { Locale } from '../../platform/i18n.ts';
import { newId, newSecret } from '../../platform/ids.ts';
import type { Role } from '../../platform/roles.ts';
import { hashToken } from '../../platform/sessions.ts';
import {
  ANNUAL_TASK_SOURCE,
  activeActivities,
  occurrencesBetween,
  scheduleOf,
} from '../annual-cycle/index.ts';
import { listTasks, roleReachOf } from '../tasks/index.ts';
import * as repo from './calendar.repository.ts';
import type { FeedCreated, FeedStatus } from './calendar.schemas.ts';
import { type FeedEvent, renderFeed } from './ical-feed.presenter.ts';

/**
 * Personal calendar feeds: a secret URL (only its sha256 is stored) that calendar apps poll
 * without signing in. It shows the user's open tasks (assigned to them or to a role they
 * hold) and the årshjul of the organisations where they may read it. Regenerating replaces
 * the URL; revoking makes it answer 404 at once.
 */

const FEED_PATH = '/api/v1/public/ical';

export async function feedStatus(ctx: RequestContext, actor: Actor): Promise<FeedStatus> {
  const feed = await repo.activeFeedOf(ctx.db, actor.id);
  return {
    active: Boolean(feed),
    prefix: feed?.prefix ?? null,
    createdAt: feed?.created_at ?? null,
    lastUsedAt: feed?.last_used_at ?? null,
  };
}

/** A new secret URL; the previous one, if any, stops working. */
export async function createFeed(ctx: RequestContext, actor: Actor, baseUrl: string): Promise<FeedCreated> {
  const secret = newSecret(24);
  const id = newId();
  const now = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    const replaced = await repo.revokeFeeds(trx, actor.id, now);
    await repo.insertFeed(trx, {
      id,
      user_id: actor.id,
      secret_hash: hashToken(secret),
      prefix: secret.slice(0, 6),
      created_at: now,
      last_used_at: null,
      revoked_at: null,
    });
    await writeAudit(trx, ctx, {
      orgId: null,
      action: replaced ? 'ical_feed.regenerated' : 'ical_feed.created',
      entityType: 'ical_feed',
      entityId: id,
      after: { userId: actor.id, prefix: secret.slice(0, 6) },
    });
  });
  return {
    url: `${baseUrl.replace(/\/$/, '')}${FEED_PATH}/${secret}.ics`,
    feed: await feedStatus(ctx, actor),
  };
}

export async function revokeFeed(ctx: RequestContext, actor: Actor) {
  const feed = await repo.activeFeedOf(ctx.db, actor.id);
  if (!feed) throw notFound();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.revokeFeeds(trx, actor.id, nowIso());
    await writeAudit(trx, ctx, {
      orgId: null,
      action: 'ical_feed.revoked',
      entityType: 'ical_feed',
      entityId: feed.id,
      before: { userId: actor.id, prefix: feed.prefix },
    });
  });
}

const roleNames: Record<Locale, Record<Role, string>> = {
  da: {
    admin: 'administrator',
    management: 'ledelse',
    security_officer: 'informationssikkerhedskoordinator',
    dpo: 'databeskyttelsesrådgiver',
    risk_owner: 'systemejer',
    contributor: 'bidragyder',
    auditor: 'auditor',
    supervisor: 'tilsyn',
    employee: 'medarbejder',
  },
  en: {
    admin: 'administrator',
    management: 'management',
    security_officer: 'security officer',
    dpo: 'data protection officer',
    risk_owner: 'system owner',
    contributor: 'contributor',
    auditor: 'auditor',
    supervisor: 'supervisor',
    employee: 'employee',
  },
};

const labels = {
  da: { responsible: 'Ansvarlig', annual: 'Årshjul', task: 'Opgave', feed: 'Skjold' },
  en: { responsible: 'Responsible', annual: 'Annual cycle', task: 'Task', feed: 'Skjold' },
};

/** How far back and ahead the feed reaches, in days. */
const PAST_DAYS = 31;
const AHEAD_DAYS = 366;

/** The feed behind a secret URL, as iCalendar text; a revoked or unknown secret is not found. */
export async function renderFeedForSecret(
  ctx: RequestContext,
  secret: string,
  baseUrl: string,
): Promise<string> {
  const feed = await repo.feedBySecretHash(ctx.db, hashToken(secret));
  if (!feed || feed.disabled_at) throw notFound();
  const actor = await loadActor(ctx.db, feed.user_id, null);
  if (!actor) throw notFound();
  const now = nowIso();
  // A calendar app polls often; the last use is shown to the owner to the hour.
  if (!feed.last_used_at || Date.parse(now) - Date.parse(feed.last_used_at) > 3_600_000) {
    await repo.touchFeed(ctx.db, feed.id, now);
  }
  const locale = actor.locale;
  const l = labels[locale];
  const base = baseUrl.replace(/\/$/, '');
  const today = todayLocal();
  const from = addDaysToDate(today, -PAST_DAYS);
  const to = addDaysToDate(today, AHEAD_DAYS);

  const annualOrgs = new Map<string, string>();
  for (const membership of actor.memberships) {
    if (can(actor, 'annual_cycle.read', { id: membership.orgId, path: membership.orgPath })) {
      annualOrgs.set(membership.orgId, membership.orgName);
    }
  }
  const events: FeedEvent[] = [];
  for (const [orgId, orgName] of annualOrgs) {
    for (const activity of await activeActivities(ctx.db, orgId)) {
      const role = roleNames[locale][activity.responsible_role as Role] ?? activity.responsible_role;
      for (const occurrence of occurrencesBetween(scheduleOf(activity), from, to)) {
        events.push({
          uid: `annual-${activity.id}-${occurrence.key}@skjold`,
          date: occurrence.dueDate,
          summary: `${l.annual}: ${activity.title}`,
          description: [activity.description, `${l.responsible}: ${role}`, orgName]
            .filter(Boolean)
            .join('\n'),
          url: `${base}/o/${orgId}/annual-cycle`,
        });
      }
    }
  }
  const orgNames = new Map(actor.memberships.map((m) => [m.orgId, m.orgName]));
  const tasks = await listTasks(
    ctx.db,
    { userId: actor.id, roles: roleReachOf(actor) },
    { status: ['open', 'in_progress'], direction: 'asc', limit: 2000 },
  );
  for (const task of tasks) {
    // The årshjul's own occurrences are already in the feed for these organisations.
    if (task.source === ANNUAL_TASK_SOURCE && annualOrgs.has(task.org_id)) continue;
    if (task.due_date < from) continue;
    events.push({
      uid: `task-${task.id}@skjold`,
      date: task.due_date,
      summary: `${l.task}: ${task.title}`,
      description: [task.description, orgNames.get(task.org_id)].filter(Boolean).join('\n'),
      url: `${base}/o/${task.org_id}/tasks/${task.id}`,
    });
  }
  events.sort((a, b) => (a.date === b.date ? a.uid.localeCompare(b.uid) : a.date < b.date ? -1 : 1));
  return renderFeed(`${l.feed} – ${actor.name}`, events);
}
