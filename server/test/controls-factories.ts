import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { RiskStatus } from '../db/schema.ts';
import type { Org } from '../modules/orgs/index.ts';
import { danishKey } from '../platform/danish-text.ts';
import { newId } from '../platform/ids.ts';
import { makeOrg, makeRoot, type TestUser } from './factories.ts';
import type { TestApp } from './harness.ts';
import { multipartBody, samplePdf } from './upload-fixtures.ts';

const unique = () => randomBytes(4).toString('hex');

/** A specialist clinic: an organisation directly under the sector root. */
export async function makeClinic(t: TestApp, name = `Klinik ${unique()}`): Promise<Org> {
  return makeOrg(t, await makeRoot(t), 'organisation', name);
}

export type SoaItem = {
  requirementId: string;
  frameworkId: string;
  code: string;
  applicable: boolean;
  applicableSource: string;
  status: string;
  justification: string | null;
  effectiveJustification: string | null;
  deviatesFromBaseline: boolean;
  behindBaseline: boolean;
  justificationMissing: boolean;
  evidence: { total: number; valid: number; expiring: number; expired: number; missingFile: number };
  riskCount: number;
  ownerUserId: string | null;
  version: number;
  title: { da: string; en: string };
  can: { update: boolean; updateProgress: boolean; addEvidence: boolean; linkRisks: boolean };
};

export async function getSoa(t: TestApp, user: TestUser, org: Org, query = '') {
  const response = await t.request('GET', `/api/v1/orgs/${org.id}/soa${query}`, { as: user.session });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: SoaItem[]; revision: number; frameworks: string[]; profile: string };
}

export async function soaEntry(t: TestApp, user: TestUser, org: Org, requirementId: string) {
  const response = await t.request('GET', `/api/v1/orgs/${org.id}/soa/${requirementId}`, {
    as: user.session,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as SoaItem & {
    evidenceRecords: { id: string; can: { update: boolean; delete: boolean } }[];
    risks: { riskId: string }[];
  };
}

/** PATCHes an SoA entry at its current version; returns the raw response. */
export async function patchEntry(
  t: TestApp,
  user: TestUser,
  org: Org,
  requirementId: string,
  body: Record<string, unknown>,
  reader: TestUser = user,
) {
  const { version } = await soaEntry(t, reader, org, requirementId);
  return t.request('PATCH', `/api/v1/orgs/${org.id}/soa/${requirementId}`, {
    as: user.session,
    body: { version, ...body },
    headers: { 'accept-language': 'en' },
  });
}

/** A PDF uploaded through the files API, ready to be recorded as evidence. */
export async function uploadPdf(t: TestApp, user: TestUser, org: Org, name = 'Revisionserklæring.pdf') {
  const { body, contentType } = multipartBody({ name, content: samplePdf() });
  const response = await t.request('POST', `/api/v1/orgs/${org.id}/files`, {
    as: user.session,
    body,
    headers: { 'content-type': contentType },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; sha256: string };
}

export async function makeEvidence(t: TestApp, user: TestUser, org: Org, body: Record<string, unknown>) {
  const response = await t.request('POST', `/api/v1/orgs/${org.id}/evidence`, {
    as: user.session,
    body: { kind: 'note', title: `Notat ${unique()}`, description: 'Gennemgået på ledelsesmødet', ...body },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number; validity: string; files: { id: string }[] };
}

/**
 * A risk scenario row in the risk register. Written directly: the coverage tests need risks
 * to link, not the risk module's workflow.
 */
export async function makeRiskRow(
  t: TestApp,
  org: Org,
  title: string,
  score = 12,
  status: RiskStatus = 'open',
) {
  const id = newId();
  const now = new Date().toISOString();
  await t.database.db
    .insertInto('risk_scenarios')
    .values({
      id,
      org_id: org.id,
      title,
      title_key: danishKey(title),
      description: null,
      status,
      owner_user_id: null,
      likelihood: 3,
      consequence_organisation: 4,
      consequence_patient_safety: null,
      consequence_data_subject: null,
      inherent_score: score,
      existing_controls: null,
      planned_controls: null,
      residual_likelihood: null,
      residual_consequence_organisation: null,
      residual_consequence_patient_safety: null,
      residual_consequence_data_subject: null,
      residual_score: null,
      score,
      treatment: null,
      treatment_note: null,
      review_date: now.slice(0, 10),
      last_reviewed_at: null,
      last_reviewed_by: null,
      created_by: null,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, title };
}
