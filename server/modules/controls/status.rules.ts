import { type ImplementationStatus, implementationStatuses } from '../../db/schema.ts';

export { implementationStatuses };

/** What the SoA shows: the implementation status, or `not_applicable` when the control is out. */
export const soaStatuses = [...implementationStatuses, 'not_applicable'] as const;
export type SoaStatus = (typeof soaStatuses)[number];

const rank: Record<ImplementationStatus, number> = { not_started: 0, planned: 1, partial: 2, implemented: 3 };

export const statusRank = (status: ImplementationStatus): number => rank[status];

/** True when `status` has not reached `expected` (a baseline's expected status). */
export const isBehind = (status: ImplementationStatus, expected: ImplementationStatus | null): boolean =>
  expected !== null && rank[status] < rank[expected];

export const bestStatus = (statuses: readonly ImplementationStatus[]): ImplementationStatus | null =>
  statuses.reduce<ImplementationStatus | null>(
    (best, status) => (best === null || rank[status] > rank[best] ? status : best),
    null,
  );
