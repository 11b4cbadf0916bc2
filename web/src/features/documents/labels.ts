import type { TFunction } from 'i18next';
import type { Classification, DocumentKind, ReviewStatus, VersionStatus } from '../../api/documents';

export const documentLabels = (t: TFunction) => ({
  kind: (code: DocumentKind) => t(`policyDoc.kind.${code}`),
  classification: (code: Classification) => t(`policyDoc.classification.${code}`),
  versionStatus: (code: VersionStatus) => t(`policyDoc.versionStatus.${code}`),
  review: (code: ReviewStatus) => t(`policyDoc.reviewState.${code}`),
});

/** Badge colours with AA contrast on their light background (see theme.ts). */
export const versionStatusColor: Record<VersionStatus, string> = {
  draft: 'gray',
  in_review: 'orange',
  approved: 'blue',
  published: 'green',
  superseded: 'gray',
};

export const reviewColor: Record<ReviewStatus, string> = {
  not_scheduled: 'gray',
  ok: 'green',
  due_soon: 'orange',
  overdue: 'red',
};
