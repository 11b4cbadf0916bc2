import type { TFunction } from 'i18next';
import type {
  BreachRisk,
  DataCategory,
  DataSubjectCategory,
  DeadlineKind,
  DeadlineStatus,
  IncidentCategory,
  IncidentSeverity,
  IncidentStatus,
  NotificationRecipient,
  NotificationStage,
  PersonalDataAnswer,
  TimelineKind,
} from '../../api/incidents';

/** Translated names of the incident codes (the catalogs hold the Danish and English words). */
export const incidentLabels = (t: TFunction) => ({
  status: (code: IncidentStatus) => t(`incident.status.${code}`),
  category: (code: IncidentCategory | null) =>
    code ? t(`incident.category.${code}`) : t('ismsCommon.notAssessed'),
  severity: (code: IncidentSeverity | null) =>
    code ? t(`incident.severity.${code}`) : t('ismsCommon.notAssessed'),
  severityHint: (code: IncidentSeverity) => t(`incident.severityHint.${code}`),
  personalData: (code: PersonalDataAnswer) => t(`incident.personalData.${code}`),
  breachRisk: (code: BreachRisk) => t(`incident.breachRisk.${code}`),
  dataCategory: (code: DataCategory) => t(`incident.dataCategory.${code}`),
  subjectCategory: (code: DataSubjectCategory) => t(`incident.subjectCategory.${code}`),
  deadline: (code: DeadlineKind) => t(`incident.deadline.${code}`),
  deadlineRule: (code: DeadlineKind) => t(`incident.deadlineRule.${code}`),
  deadlineStatus: (code: DeadlineStatus) => t(`incident.deadlineStatus.${code}`),
  recipient: (code: NotificationRecipient) => t(`incident.recipient.${code}`),
  stage: (code: NotificationStage | null) => (code ? t(`incident.stage.${code}`) : ''),
  timelineKind: (code: TimelineKind) => t(`incident.timelineKind.${code}`),
  yesNo: (value: boolean | null) =>
    value === null ? t('ismsCommon.notAssessed') : value ? t('common.yes') : t('common.no'),
});

/** Badge colours with AA contrast on their light background (see theme.ts). */
export const statusColor: Record<IncidentStatus, string> = {
  reported: 'orange',
  in_progress: 'blue',
  resolved: 'teal',
  closed: 'gray',
  dismissed: 'gray',
};

export const severityColor: Record<IncidentSeverity, string> = {
  low: 'gray',
  moderate: 'blue',
  high: 'orange',
  critical: 'red',
};
