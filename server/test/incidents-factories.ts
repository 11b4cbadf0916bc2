import type { Org } from '../modules/orgs/index.ts';
import { makeTree, makeUser, type TestUser } from './factories.ts';
import type { TestApp } from './harness.ts';

export type ReportedIncident = { id: string; orgId: string; reference: string; status: string };

/** A report as an employee would file it; fields may be overridden. */
export async function reportIncident(
  t: TestApp,
  as: TestUser,
  org: Org,
  body: Record<string, unknown> = {},
): Promise<ReportedIncident> {
  const response = await t.request('POST', `/api/v1/orgs/${org.id}/incidents`, {
    as: as.session,
    body: {
      title: 'Mail med patientliste sendt til forkert modtager',
      description: 'En medarbejder sendte en liste med patientnavne til en ekstern adresse ved en fejl.',
      personalData: 'yes',
      systems: 'Outlook',
      ...body,
    },
  });
  if (response.statusCode !== 201) throw new Error(`report failed: ${response.statusCode} ${response.body}`);
  return response.json() as ReportedIncident;
}

export type IncidentDetail = {
  id: string;
  version: number;
  reference: string;
  status: string;
  awareAt: string;
  deadlines: {
    kind: string;
    dueAt: string | null;
    dueLocal: string | null;
    status: string;
    completedAt: string | null;
  }[];
} & Record<string, unknown>;

export async function getIncident(
  t: TestApp,
  as: TestUser,
  orgId: string,
  id: string,
): Promise<IncidentDetail> {
  const response = await t.request('GET', `/api/v1/orgs/${orgId}/incidents/${id}`, { as: as.session });
  if (response.statusCode !== 200) throw new Error(`get failed: ${response.statusCode} ${response.body}`);
  return response.json() as IncidentDetail;
}

/** PATCH-style calls that need the current version: reads it, sends, and fails loudly unless 200. */
export async function withVersion(
  t: TestApp,
  as: TestUser,
  orgId: string,
  id: string,
  method: 'PATCH' | 'PUT' | 'POST',
  path: string,
  body: Record<string, unknown>,
): Promise<IncidentDetail> {
  const current = await getIncident(t, as, orgId, id);
  const response = await t.request(method, `/api/v1/orgs/${orgId}/incidents/${id}${path}`, {
    as: as.session,
    body: { version: current.version, ...body },
  });
  if (response.statusCode !== 200)
    throw new Error(`${method} ${path} failed: ${response.statusCode} ${response.body}`);
  return response.json() as IncidentDetail;
}

/** Triage as a personal-data breach with a risk, NIS2 not significant. */
export async function triageAsBreach(t: TestApp, officer: TestUser, orgId: string, id: string) {
  await withVersion(t, officer, orgId, id, 'PATCH', '', {
    category: 'misdirected_patient_data',
    severity: 'high',
    affectsConfidentiality: true,
    nis2Significant: false,
  });
  return withVersion(t, officer, orgId, id, 'PATCH', '/breach-assessment', {
    personalDataBreach: true,
    dataCategories: ['health', 'identity'],
    dataSubjectCategories: ['patients'],
    dataSubjectsApprox: 40,
    recordsApprox: 40,
    breachRisk: 'risk',
    likelyConsequences: 'Uvedkommende kan have set navne og diagnoser.',
    measuresTaken: 'Modtageren har bekræftet sletning; medarbejderen er instrueret.',
  });
}

/** The deadline clock of one kind; fails loudly when the incident has none. */
export function clock(incident: IncidentDetail, kind: string) {
  const found = incident.deadlines.find((d) => d.kind === kind);
  if (!found) throw new Error(`no ${kind} clock`);
  return found;
}

/** Moves the awareness time, with the reason the change needs. */
export async function setAwareness(
  t: TestApp,
  as: TestUser,
  orgId: string,
  id: string,
  awareAt: string,
  reason: string,
) {
  return withVersion(t, as, orgId, id, 'PUT', '/awareness', { awareAt, reason });
}

export type TriagedBreach = {
  org: Org;
  employee: TestUser;
  officer: TestUser;
  id: string;
  reference: string;
};

/**
 * A fresh organisation where an employee reported an incident and the security officer triaged it
 * as a breach (`triageAsBreach`); with `withDpo` a DPO exists before the report is filed.
 */
export async function triagedBreach(
  t: TestApp,
  options: { withDpo: true },
): Promise<TriagedBreach & { dpo: TestUser }>;
export async function triagedBreach(t: TestApp): Promise<TriagedBreach>;
export async function triagedBreach(
  t: TestApp,
  options: { withDpo?: boolean } = {},
): Promise<TriagedBreach & { dpo?: TestUser }> {
  const { org } = await makeTree(t);
  const employee = await makeUser(t, org, 'employee');
  const officer = await makeUser(t, org, 'security_officer');
  const dpo = options.withDpo ? await makeUser(t, org, 'dpo') : undefined;
  const { id, reference } = await reportIncident(t, employee, org);
  await triageAsBreach(t, officer, org.id, id);
  return { org, employee, officer, ...(dpo ? { dpo } : {}), id, reference };
}
