import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { isApiError } from './errors';
import { useInfiniteList } from './infinite-list';
import type { Body, Ok, Query } from './path-types';
import type { paths } from './schema';

type DocumentPath = paths['/api/v1/orgs/{orgId}/documents/{documentId}'];
type VersionPath = paths['/api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}'];

export type DocumentDto = Ok<DocumentPath['get']>;
export type DocumentListQuery = Query<paths['/api/v1/orgs/{orgId}/documents']['get']>;
export type DocumentKind = DocumentDto['kind'];
export type Classification = DocumentDto['classification'];
export type DocumentAudience = DocumentDto['audience'];
export type ReviewStatus = DocumentDto['review']['status'];
export type VersionSummary = NonNullable<DocumentDto['currentVersion']>;
export type VersionStatus = VersionSummary['status'];
export type DocumentVersion = Ok<VersionPath['get']>;
export type UpdateDraftBody = Body<VersionPath['patch']>;
export type UpdateDocumentBody = Body<DocumentPath['patch']>;
export type TemplateList = Ok<paths['/api/v1/orgs/{orgId}/document-templates']['get']>;
export type CatalogTemplate = TemplateList['catalog'][number];
export type FromTemplateBody = Body<paths['/api/v1/orgs/{orgId}/documents/from-template']['post']>;
export type RevisionRow = Ok<
  paths['/api/v1/orgs/{orgId}/documents/{documentId}/revisions']['get']
>['items'][number];
export type DocumentDiff = Ok<paths['/api/v1/orgs/{orgId}/documents/{documentId}/diff']['get']>;
export type Coverage = Ok<paths['/api/v1/orgs/{orgId}/documents/{documentId}/coverage']['get']>;
export type AudiencePerson = Ok<
  paths['/api/v1/orgs/{orgId}/documents/{documentId}/coverage/people']['get']
>['items'][number];
export type MyDocument = Ok<paths['/api/v1/me/documents']['get']>['items'][number];
export type ReviewOutcome = Body<
  paths['/api/v1/orgs/{orgId}/documents/{documentId}/reviews']['post']
>['outcome'];

export const DOCUMENT_KINDS = [
  'policy',
  'guideline',
  'procedure',
  'instruction',
  'plan',
] as const satisfies readonly DocumentKind[];
export const CLASSIFICATIONS = [
  'public',
  'internal',
  'confidential',
] as const satisfies readonly Classification[];

export const documentKeys = {
  all: ['documents'] as const,
  org: (orgId: string) => ['documents', orgId] as const,
  list: (orgId: string, query: object) => ['documents', orgId, 'list', query] as const,
  templates: (orgId: string) => ['documents', orgId, 'templates'] as const,
  one: (orgId: string, documentId: string) => ['documents', orgId, 'one', documentId] as const,
  part: (orgId: string, documentId: string, ...part: string[]) =>
    ['documents', orgId, 'one', documentId, ...part] as const,
  mine: ['my-documents'] as const,
};

export function useDocuments(orgId: string, query: Omit<DocumentListQuery, 'cursor' | 'limit'>) {
  return useInfiniteList({
    queryKey: documentKeys.list(orgId, query),
    keepPrevious: true,
    fetchPage: (cursor) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/documents', {
          params: {
            path: { orgId },
            query: { ...query, limit: 50, ...(cursor ? { cursor } : {}) },
          },
        }),
      ),
  });
}

export function useDocumentTemplates(orgId: string, enabled = true) {
  return useQuery({
    queryKey: documentKeys.templates(orgId),
    enabled,
    queryFn: () =>
      unwrap(api.GET('/api/v1/orgs/{orgId}/document-templates', { params: { path: { orgId } } })),
  });
}

export function useCreateFromTemplate(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FromTemplateBody) =>
      unwrap(api.POST('/api/v1/orgs/{orgId}/documents/from-template', { params: { path: { orgId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentKeys.org(orgId) }),
  });
}

export function useCreateDocument(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<paths['/api/v1/orgs/{orgId}/documents']['post']>) =>
      unwrap(api.POST('/api/v1/orgs/{orgId}/documents', { params: { path: { orgId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentKeys.org(orgId) }),
  });
}

export function useDocument(orgId: string, documentId: string) {
  return useQuery({
    queryKey: documentKeys.one(orgId, documentId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/documents/{documentId}', { params: { path: { orgId, documentId } } }),
      ),
  });
}

export function useUpdateDocument(orgId: string, documentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateDocumentBody) =>
      unwrap(
        api.PATCH('/api/v1/orgs/{orgId}/documents/{documentId}', {
          params: { path: { orgId, documentId } },
          body,
        }),
      ),
    onSuccess: (document) => {
      queryClient.setQueryData(documentKeys.one(orgId, documentId), document);
      void queryClient.invalidateQueries({ queryKey: documentKeys.org(orgId) });
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'version_conflict') {
        void queryClient.invalidateQueries({ queryKey: documentKeys.one(orgId, documentId) });
      }
    },
  });
}

export function useDocumentVersions(orgId: string, documentId: string) {
  return useQuery({
    queryKey: documentKeys.part(orgId, documentId, 'versions'),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/documents/{documentId}/versions', {
          params: { path: { orgId, documentId } },
        }),
      ),
  });
}

export function useDocumentVersion(orgId: string, documentId: string, versionId: string | undefined) {
  return useQuery({
    queryKey: documentKeys.part(orgId, documentId, 'version', versionId ?? ''),
    enabled: Boolean(versionId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}', {
          params: { path: { orgId, documentId, versionId: versionId ?? '' } },
        }),
      ),
  });
}

/** Every change of a version: the document, its versions and lists are fetched again. */
function useVersionChanged(orgId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: documentKeys.org(orgId) });
    void queryClient.invalidateQueries({ queryKey: documentKeys.mine });
  };
}

export function useUpdateDraft(orgId: string, documentId: string, versionId: string) {
  const changed = useVersionChanged(orgId);
  return useMutation({
    mutationFn: (body: UpdateDraftBody) =>
      unwrap(
        api.PATCH('/api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}', {
          params: { path: { orgId, documentId, versionId } },
          body,
        }),
      ),
    onSuccess: changed,
    onError: (error) => {
      if (isApiError(error) && error.code === 'version_conflict') changed();
    },
  });
}

export function useCreateDraft(orgId: string, documentId: string) {
  const changed = useVersionChanged(orgId);
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/documents/{documentId}/versions', {
          params: { path: { orgId, documentId } },
          body: {},
        }),
      ),
    onSuccess: changed,
  });
}

export type VersionAction =
  | { action: 'submit'; version: number }
  | { action: 'return'; version: number; comment: string }
  | { action: 'approve'; version: number; approvedOn?: string; note?: string | null }
  | { action: 'publish'; version: number; requiresAcknowledgement?: boolean };

export function useVersionAction(orgId: string, documentId: string, versionId: string) {
  const changed = useVersionChanged(orgId);
  return useMutation({
    mutationFn: async (input: VersionAction) => {
      const params = { path: { orgId, documentId, versionId } };
      switch (input.action) {
        case 'submit':
          return unwrap(
            api.POST('/api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}/submit', {
              params,
              body: { version: input.version },
            }),
          );
        case 'return':
          return unwrap(
            api.POST('/api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}/return', {
              params,
              body: { version: input.version, comment: input.comment },
            }),
          );
        case 'approve':
          return unwrap(
            api.POST('/api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}/approve', {
              params,
              body: {
                version: input.version,
                ...(input.approvedOn ? { approvedOn: input.approvedOn } : {}),
                note: input.note ?? null,
              },
            }),
          );
        case 'publish':
          return (
            await unwrap(
              api.POST('/api/v1/orgs/{orgId}/documents/{documentId}/versions/{versionId}/publish', {
                params,
                body: {
                  version: input.version,
                  requiresAcknowledgement: input.requiresAcknowledgement ?? true,
                },
              }),
            )
          ).version;
      }
    },
    onSuccess: changed,
    onError: (error) => {
      if (isApiError(error) && error.code === 'version_conflict') changed();
    },
  });
}

export function useRevisions(orgId: string, documentId: string) {
  return useQuery({
    queryKey: documentKeys.part(orgId, documentId, 'revisions'),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/documents/{documentId}/revisions', {
          params: { path: { orgId, documentId } },
        }),
      ),
  });
}

export function useDocumentDiff(orgId: string, documentId: string, from: string, to: string) {
  return useQuery({
    queryKey: documentKeys.part(orgId, documentId, 'diff', from, to),
    enabled: Boolean(from && to && from !== to),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/documents/{documentId}/diff', {
          params: { path: { orgId, documentId }, query: { from, to } },
        }),
      ),
  });
}

export function useRecordReview(orgId: string, documentId: string) {
  const changed = useVersionChanged(orgId);
  return useMutation({
    mutationFn: (body: { outcome: ReviewOutcome; note?: string | null; reviewedOn?: string }) =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/documents/{documentId}/reviews', {
          params: { path: { orgId, documentId } },
          body,
        }),
      ),
    onSuccess: changed,
  });
}

export function useCoverage(orgId: string, documentId: string, enabled: boolean) {
  return useQuery({
    queryKey: documentKeys.part(orgId, documentId, 'coverage'),
    enabled,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/documents/{documentId}/coverage', {
          params: { path: { orgId, documentId } },
        }),
      ),
  });
}

export function useCoveragePeople(
  orgId: string,
  documentId: string,
  status: 'pending' | 'acknowledged',
  enabled: boolean,
) {
  return useQuery({
    queryKey: documentKeys.part(orgId, documentId, 'coverage-people', status),
    enabled,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/documents/{documentId}/coverage/people', {
          params: { path: { orgId, documentId }, query: { status, limit: 100 } },
        }),
      ),
  });
}

export function useMyDocuments(pending: boolean | undefined) {
  return useInfiniteList({
    queryKey: [...documentKeys.mine, pending ?? 'all'] as const,
    fetchPage: (cursor) =>
      unwrap(
        api.GET('/api/v1/me/documents', {
          params: {
            query: {
              limit: 50,
              ...(pending === undefined ? {} : { pending: pending ? 'true' : 'false' }),
              ...(cursor ? { cursor } : {}),
            },
          },
        }),
      ),
  });
}

export function useAcknowledge(orgId: string, documentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (versionId: string) =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/documents/{documentId}/acknowledgements', {
          params: { path: { orgId, documentId } },
          body: { versionId },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: documentKeys.mine });
      void queryClient.invalidateQueries({ queryKey: documentKeys.part(orgId, documentId, 'coverage') });
    },
  });
}

export const documentExportUrl = (
  orgId: string,
  documentId: string,
  format: 'pdf' | 'docx',
  lang: 'da' | 'en',
  versionId?: string,
) => {
  const query = new URLSearchParams({ format, lang, ...(versionId ? { versionId } : {}) });
  return `/api/v1/orgs/${encodeURIComponent(orgId)}/documents/${encodeURIComponent(documentId)}/export?${query}`;
};

export const versionFileUrl = (orgId: string, documentId: string, versionId: string) =>
  `/api/v1/orgs/${encodeURIComponent(orgId)}/documents/${encodeURIComponent(documentId)}/versions/${encodeURIComponent(versionId)}/file`;
