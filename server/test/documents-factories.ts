import type { Org } from '../modules/orgs/index.ts';
import type { TestUser } from './factories.ts';
import type { TestApp } from './harness.ts';

/** Documents built through the API, the way the web client builds them. */

export type DocumentJson = {
  id: string;
  orgId: string;
  kind: string;
  title: string;
  version: number;
  nextReviewOn: string | null;
  lastReviewedOn: string | null;
  publicPath: string | null;
  currentVersion: { id: string; number: number } | null;
  workingVersion: { id: string; number: number; status: string; version: number } | null;
  review: { status: string; daysUntilDue: number | null };
  [key: string]: unknown;
};

export type VersionJson = {
  id: string;
  number: number;
  status: string;
  version: number;
  bodyHtml: string;
  [key: string]: unknown;
};

const base = (org: { id: string }, documentId?: string) =>
  `/api/v1/orgs/${org.id}/documents${documentId ? `/${documentId}` : ''}`;

async function ok<T>(
  response: { statusCode: number; body: string; json: () => unknown },
  status = 200,
): Promise<T> {
  if (response.statusCode !== status) {
    throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body.slice(0, 500)}`);
  }
  return response.json() as T;
}

export async function makeDocument(
  t: TestApp,
  org: Org,
  author: TestUser,
  overrides: Record<string, unknown> = {},
): Promise<DocumentJson> {
  return ok<DocumentJson>(
    await t.request('POST', base(org), {
      as: author.session,
      body: {
        kind: 'guideline',
        title: 'Retningslinje for adgangsstyring',
        classification: 'internal',
        bodyHtml: '<h2>Formål</h2><p>Adgang gives efter arbejdsbehov.</p>',
        ...overrides,
      },
    }),
    201,
  );
}

export async function getVersion(t: TestApp, org: Org, documentId: string, versionId: string, as: TestUser) {
  return ok<VersionJson>(
    await t.request('GET', `${base(org, documentId)}/versions/${versionId}`, { as: as.session }),
  );
}

/** Moves the document's working version through submit, approve and publish. */
export async function approveAndPublish(
  t: TestApp,
  org: Org,
  document: { id: string },
  people: { author: TestUser; approver: TestUser; publisher?: TestUser },
  options: { approvedOn?: string; changeSummary?: string; requiresAcknowledgement?: boolean } = {},
): Promise<{ document: DocumentJson; version: VersionJson }> {
  const current = await ok<DocumentJson>(
    await t.request('GET', base(org, document.id), { as: people.author.session }),
  );
  const working = current.workingVersion;
  if (!working) throw new Error('no working version');
  const url = `${base(org, document.id)}/versions/${working.id}`;
  let version = await getVersion(t, org, document.id, working.id, people.author);
  if (options.changeSummary !== undefined) {
    version = await ok<VersionJson>(
      await t.request('PATCH', url, {
        as: people.author.session,
        body: { version: version.version, changeSummary: options.changeSummary },
      }),
    );
  }
  if (version.status === 'draft') {
    version = await ok<VersionJson>(
      await t.request('POST', `${url}/submit`, {
        as: people.author.session,
        body: { version: version.version },
      }),
    );
  }
  version = await ok<VersionJson>(
    await t.request('POST', `${url}/approve`, {
      as: people.approver.session,
      body: { version: version.version, ...(options.approvedOn ? { approvedOn: options.approvedOn } : {}) },
    }),
  );
  const published = await ok<{ version: VersionJson; document: DocumentJson }>(
    await t.request('POST', `${url}/publish`, {
      as: (people.publisher ?? people.approver).session,
      body: {
        version: version.version,
        ...(options.requiresAcknowledgement === undefined
          ? {}
          : { requiresAcknowledgement: options.requiresAcknowledgement }),
      },
    }),
  );
  return published;
}

/** A new draft copied from the latest version, with changed text and a change summary. */
export async function reviseDocument(
  t: TestApp,
  org: Org,
  documentId: string,
  author: TestUser,
  change: { bodyHtml: string; changeSummary: string },
): Promise<VersionJson> {
  const draft = await ok<VersionJson>(
    await t.request('POST', `${base(org, documentId)}/versions`, { as: author.session, body: {} }),
    201,
  );
  return ok<VersionJson>(
    await t.request('PATCH', `${base(org, documentId)}/versions/${draft.id}`, {
      as: author.session,
      body: { version: draft.version, ...change },
    }),
  );
}
