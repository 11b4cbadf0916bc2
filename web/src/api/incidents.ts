import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { useInfiniteList } from './infinite-list';
import type { Body, Ok, Query } from './path-types';
import type { paths } from './schema';

type IncidentPath = paths['/api/v1/orgs/{orgId}/incidents/{incidentId}'];

export type Incident = Ok<IncidentPath['get']>;
export type IncidentSummary = Ok<paths['/api/v1/orgs/{orgId}/incidents']['get']>['items'][number];
export type IncidentListQuery = Query<paths['/api/v1/orgs/{orgId}/incidents']['get']>;
export type IncidentDeadline = Incident['deadlines'][number];
export type RunningDeadline = Ok<paths['/api/v1/orgs/{orgId}/incident-deadlines']['get']>['items'][number];
export type MyIncidentReport = Ok<paths['/api/v1/me/incident-reports']['get']>['items'][number];
export type ReportIncidentBody = Body<paths['/api/v1/orgs/{orgId}/incidents']['post']>;
export type TriageBody = Body<IncidentPath['patch']>;
export type BreachBody = Body<
  paths['/api/v1/orgs/{orgId}/incidents/{incidentId}/breach-assessment']['patch']
>;
export type AwarenessBody = Body<paths['/api/v1/orgs/{orgId}/incidents/{incidentId}/awareness']['put']>;
export type StatusBody = Body<paths['/api/v1/orgs/{orgId}/incidents/{incidentId}/status']['post']>;
export type TimelineEntry = Ok<
  paths['/api/v1/orgs/{orgId}/incidents/{incidentId}/timeline']['get']
>['items'][number];
type NotificationsPath = paths['/api/v1/orgs/{orgId}/incidents/{incidentId}/notifications'];
export type IncidentNotification = Ok<NotificationsPath['get']>['items'][number];
export type NotificationBody = Body<NotificationsPath['post']>;
type ActionsPath = paths['/api/v1/orgs/{orgId}/incidents/{incidentId}/actions'];
export type IncidentAction = Ok<ActionsPath['get']>['items'][number];
export type ActionBody = Body<ActionsPath['post']>;
export type ReportTexts = Ok<paths['/api/v1/orgs/{orgId}/incidents/{incidentId}/report-texts']['get']>;
export type ReportText = ReportTexts['texts'][number];
export type BreachLogEntry = Ok<paths['/api/v1/orgs/{orgId}/breach-log']['get']>['items'][number];

export type IncidentStatus = Incident['status'];
export type IncidentCategory = NonNullable<Incident['category']>;
export type IncidentSeverity = NonNullable<Incident['severity']>;
export type PersonalDataAnswer = Incident['personalDataSuspected'];
export type BreachRisk = NonNullable<Incident['breachRisk']>;
export type DataCategory = Incident['dataCategories'][number];
export type DataSubjectCategory = Incident['dataSubjectCategories'][number];
export type DeadlineKind = IncidentDeadline['kind'];
export type DeadlineStatus = IncidentDeadline['status'];
export type NotificationRecipient = NotificationBody['recipient'];
export type NotificationStage = NonNullable<NotificationBody['stage']>;
export type TimelineKind = TimelineEntry['kind'];

export const INCIDENT_STATUSES = [
  'reported',
  'in_progress',
  'resolved',
  'closed',
  'dismissed',
] as const satisfies readonly IncidentStatus[];
export const INCIDENT_CATEGORIES = [
  'phishing',
  'ransomware',
  'lost_device',
  'misdirected_patient_data',
  'unauthorised_record_access',
  'supplier_incident',
  'outage',
  'other',
] as const satisfies readonly IncidentCategory[];
export const INCIDENT_SEVERITIES = [
  'low',
  'moderate',
  'high',
  'critical',
] as const satisfies readonly IncidentSeverity[];
export const PERSONAL_DATA_ANSWERS = [
  'yes',
  'no',
  'unknown',
] as const satisfies readonly PersonalDataAnswer[];
export const BREACH_RISKS = ['none', 'risk', 'high_risk'] as const satisfies readonly BreachRisk[];
export const DATA_CATEGORIES = [
  'health',
  'cpr',
  'identity',
  'contact',
  'social',
  'financial',
  'criminal',
  'special_other',
  'credentials',
  'location',
  'other',
] as const satisfies readonly DataCategory[];
export const DATA_SUBJECT_CATEGORIES = [
  'patients',
  'relatives',
  'citizens',
  'children',
  'employees',
  'other',
] as const satisfies readonly DataSubjectCategory[];
export const NOTIFICATION_RECIPIENTS = [
  'datatilsynet',
  'nis2_authority',
  'data_subjects',
  'police',
  'supplier',
  'sector_centre',
] as const satisfies readonly NotificationRecipient[];
/** Which stages a notification to each recipient has (none: a single message); as the server. */
export const STAGES_BY_RECIPIENT: Record<NotificationRecipient, readonly NotificationStage[]> = {
  datatilsynet: ['initial', 'supplement'],
  nis2_authority: ['early_warning', 'notification', 'progress_report', 'final_report'],
  data_subjects: [],
  police: [],
  supplier: [],
  sector_centre: [],
};

/** Open incidents: everything not closed or dismissed. */
export const OPEN_STATUSES: readonly IncidentStatus[] = ['reported', 'in_progress', 'resolved'];

const PAGE_SIZE = 50;

export const incidentKeys = {
  all: ['incidents'] as const,
  org: (orgId: string) => ['incidents', orgId] as const,
  list: (orgId: string, query: object) => ['incidents', orgId, 'list', query] as const,
  one: (orgId: string, incidentId: string) => ['incidents', orgId, 'one', incidentId] as const,
  part: (orgId: string, incidentId: string, part: string) =>
    ['incidents', orgId, 'one', incidentId, part] as const,
  deadlines: (orgId: string, subtree: boolean) => ['incidents', orgId, 'deadlines', subtree] as const,
  breachLog: (orgId: string, subtree: boolean) => ['incidents', orgId, 'breach-log', subtree] as const,
  mine: ['my-incident-reports'] as const,
};

export function useReportIncident(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportIncidentBody) =>
      unwrap(api.POST('/api/v1/orgs/{orgId}/incidents', { params: { path: { orgId } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: incidentKeys.mine });
      void queryClient.invalidateQueries({ queryKey: incidentKeys.org(orgId) });
    },
  });
}

export function useMyIncidentReports() {
  return useInfiniteList({
    queryKey: incidentKeys.mine,
    fetchPage: (cursor) =>
      unwrap(
        api.GET('/api/v1/me/incident-reports', {
          params: { query: cursor ? { limit: PAGE_SIZE, cursor } : { limit: PAGE_SIZE } },
        }),
      ),
  });
}

export function useIncidents(orgId: string, query: Omit<IncidentListQuery, 'cursor' | 'limit'>) {
  return useInfiniteList({
    queryKey: incidentKeys.list(orgId, query),
    keepPrevious: true,
    fetchPage: (cursor) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/incidents', {
          params: {
            path: { orgId },
            query: { ...query, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) },
          },
        }),
      ),
  });
}

export function useRunningDeadlines(orgId: string, subtree: boolean) {
  return useQuery({
    queryKey: incidentKeys.deadlines(orgId, subtree),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/incident-deadlines', {
          params: { path: { orgId }, query: { subtree: subtree ? 'true' : 'false' } },
        }),
      ),
    refetchInterval: 60_000,
  });
}

export function useIncident(orgId: string, incidentId: string) {
  return useQuery({
    queryKey: incidentKeys.one(orgId, incidentId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/incidents/{incidentId}', {
          params: { path: { orgId, incidentId } },
        }),
      ),
    // The clocks change status (open -> late) as time passes.
    refetchInterval: 60_000,
  });
}

/** After any change: the incident itself, its lists and its parts are fetched again. */
function useIncidentSaved(orgId: string, incidentId: string) {
  const queryClient = useQueryClient();
  return (incident?: Incident) => {
    if (incident) queryClient.setQueryData(incidentKeys.one(orgId, incidentId), incident);
    void queryClient.invalidateQueries({ queryKey: incidentKeys.org(orgId) });
    void queryClient.invalidateQueries({ queryKey: incidentKeys.mine });
  };
}

function useIncidentMutation<TBody>(
  orgId: string,
  incidentId: string,
  call: (body: TBody) => Promise<Incident>,
) {
  const saved = useIncidentSaved(orgId, incidentId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (incident) => saved(incident),
    onError: (error: unknown) => {
      if (typeof error === 'object' && error && 'code' in error && error.code === 'version_conflict') {
        void queryClient.invalidateQueries({ queryKey: incidentKeys.one(orgId, incidentId) });
      }
    },
  });
}

export function useTriageIncident(orgId: string, incidentId: string) {
  return useIncidentMutation(orgId, incidentId, (body: TriageBody) =>
    unwrap(
      api.PATCH('/api/v1/orgs/{orgId}/incidents/{incidentId}', {
        params: { path: { orgId, incidentId } },
        body,
      }),
    ),
  );
}

export function useAssessBreach(orgId: string, incidentId: string) {
  return useIncidentMutation(orgId, incidentId, (body: BreachBody) =>
    unwrap(
      api.PATCH('/api/v1/orgs/{orgId}/incidents/{incidentId}/breach-assessment', {
        params: { path: { orgId, incidentId } },
        body,
      }),
    ),
  );
}

export function useSetAwareness(orgId: string, incidentId: string) {
  return useIncidentMutation(orgId, incidentId, (body: AwarenessBody) =>
    unwrap(
      api.PUT('/api/v1/orgs/{orgId}/incidents/{incidentId}/awareness', {
        params: { path: { orgId, incidentId } },
        body,
      }),
    ),
  );
}

export function useChangeIncidentStatus(orgId: string, incidentId: string) {
  return useIncidentMutation(orgId, incidentId, (body: StatusBody) =>
    unwrap(
      api.POST('/api/v1/orgs/{orgId}/incidents/{incidentId}/status', {
        params: { path: { orgId, incidentId } },
        body,
      }),
    ),
  );
}

export function useIncidentTimeline(orgId: string, incidentId: string) {
  return useInfiniteList({
    queryKey: incidentKeys.part(orgId, incidentId, 'timeline'),
    fetchPage: (cursor) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/incidents/{incidentId}/timeline', {
          params: {
            path: { orgId, incidentId },
            query: { limit: 100, sort: '-at', ...(cursor ? { cursor } : {}) },
          },
        }),
      ),
  });
}

export function useAddTimelineNote(orgId: string, incidentId: string) {
  const saved = useIncidentSaved(orgId, incidentId);
  return useMutation({
    mutationFn: (body: { text: string; occurredAt?: string | null; acknowledgeCpr?: boolean }) =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/incidents/{incidentId}/timeline', {
          params: { path: { orgId, incidentId } },
          body,
        }),
      ),
    onSuccess: () => saved(),
  });
}

export function useIncidentNotifications(orgId: string, incidentId: string) {
  return useQuery({
    queryKey: incidentKeys.part(orgId, incidentId, 'notifications'),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/incidents/{incidentId}/notifications', {
          params: { path: { orgId, incidentId } },
        }),
      ),
  });
}

export function useRecordNotification(orgId: string, incidentId: string) {
  const saved = useIncidentSaved(orgId, incidentId);
  return useMutation({
    mutationFn: (body: NotificationBody) =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/incidents/{incidentId}/notifications', {
          params: { path: { orgId, incidentId } },
          body,
        }),
      ),
    onSuccess: () => saved(),
  });
}

export function useIncidentActions(orgId: string, incidentId: string) {
  return useQuery({
    queryKey: incidentKeys.part(orgId, incidentId, 'actions'),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/incidents/{incidentId}/actions', {
          params: { path: { orgId, incidentId } },
        }),
      ),
  });
}

export function useCreateIncidentAction(orgId: string, incidentId: string) {
  const saved = useIncidentSaved(orgId, incidentId);
  return useMutation({
    mutationFn: (body: ActionBody) =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/incidents/{incidentId}/actions', {
          params: { path: { orgId, incidentId } },
          body,
        }),
      ),
    onSuccess: () => saved(),
  });
}

export function useReportTexts(orgId: string, incidentId: string, enabled: boolean) {
  return useQuery({
    queryKey: incidentKeys.part(orgId, incidentId, 'report-texts'),
    enabled,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/incidents/{incidentId}/report-texts', {
          params: { path: { orgId, incidentId } },
        }),
      ),
  });
}

export function useBreachLog(orgId: string, subtree: boolean) {
  return useInfiniteList({
    queryKey: incidentKeys.breachLog(orgId, subtree),
    fetchPage: (cursor) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/breach-log', {
          params: {
            path: { orgId },
            query: {
              limit: PAGE_SIZE,
              subtree: subtree ? 'true' : 'false',
              ...(cursor ? { cursor } : {}),
            },
          },
        }),
      ),
  });
}

const enc = encodeURIComponent;

export const incidentPdfUrl = (orgId: string, incidentId: string) =>
  `/api/v1/orgs/${enc(orgId)}/incidents/${enc(incidentId)}/report.pdf`;

export const breachLogExportUrl = (orgId: string, format: 'xlsx' | 'pdf', subtree: boolean) =>
  `/api/v1/orgs/${enc(orgId)}/breach-log.${format}${subtree ? '?subtree=true' : ''}`;

export type IncidentLink = Incident['links'][number];
export type IncidentLinkKind = IncidentLink['kind'];

/** Links live on the incident: after a change the incident itself is fetched again. */
function useRefetchIncident(orgId: string, incidentId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: incidentKeys.one(orgId, incidentId) }),
      queryClient.invalidateQueries({ queryKey: incidentKeys.part(orgId, incidentId, 'timeline') }),
    ]);
}

export function useAddIncidentLink(orgId: string, incidentId: string) {
  const refetch = useRefetchIncident(orgId, incidentId);
  return useMutation({
    mutationFn: (body: Body<paths['/api/v1/orgs/{orgId}/incidents/{incidentId}/links']['post']>) =>
      unwrap(
        api.POST('/api/v1/orgs/{orgId}/incidents/{incidentId}/links', {
          params: { path: { orgId, incidentId } },
          body,
        }),
      ),
    onSuccess: refetch,
  });
}

export function useRemoveIncidentLink(orgId: string, incidentId: string) {
  const refetch = useRefetchIncident(orgId, incidentId);
  return useMutation({
    mutationFn: (linkId: string) =>
      unwrap(
        api.DELETE('/api/v1/orgs/{orgId}/incidents/{incidentId}/links/{linkId}', {
          params: { path: { orgId, incidentId, linkId } },
        }),
      ),
    onSuccess: refetch,
  });
}
