import {
  type FrameworkId,
  frameworks,
  type Requirement,
  requirementById,
  requirementsMappedTo,
} from '../../catalog/controls/index.ts';
import type { SoaEntry } from './soa.presenter.ts';
import { bestStatus, type SoaStatus } from './status.rules.ts';

export const coverageLevels = ['covered', 'partial', 'not_covered', 'not_applicable'] as const;
export type Coverage = (typeof coverageLevels)[number];

/** Where an Annex A control's status comes from: the SoA, or derived from other in-scope frameworks. */
export type HubStatus = { status: SoaStatus | null; source: 'soa' | 'derived' | 'none' };

export function coverageOfStatus(status: SoaStatus | null): Coverage {
  if (status === 'implemented') return 'covered';
  if (status === 'partial') return 'partial';
  if (status === 'not_applicable') return 'not_applicable';
  return 'not_covered';
}

/**
 * A requirement is covered when every applicable control behind it is implemented, partly
 * when some are implemented or partly implemented, not applicable when all of them are out.
 */
export function coverageOfControls(statuses: readonly (SoaStatus | null)[]): Coverage {
  if (statuses.length === 0) return 'not_covered';
  const relevant = statuses.filter((status) => status !== 'not_applicable');
  if (relevant.length === 0) return 'not_applicable';
  if (relevant.every((status) => status === 'implemented')) return 'covered';
  if (relevant.some((status) => status === 'implemented' || status === 'partial')) return 'partial';
  return 'not_covered';
}

/**
 * Annex A is the hub of the mappings. With Annex A in scope its SoA entries give each
 * control's status; without it (a clinic), a control takes the best status of the in-scope
 * requirements that map to it, so a clinic sees what its nine recommendations cover of
 * NIS2 or GDPR Art. 32.
 */
export function hubStatuses(entries: ReadonlyMap<string, SoaEntry>, inScope: ReadonlySet<FrameworkId>) {
  const hub = new Map<string, HubStatus>();
  const annexA = frameworks.find((f) => f.id === 'iso27001_2022')?.requirements ?? [];
  for (const control of annexA) {
    if (inScope.has('iso27001_2022')) {
      hub.set(control.id, { status: entries.get(control.id)?.status ?? null, source: 'soa' });
      continue;
    }
    const sources = requirementsMappedTo(control.id)
      .map((r) => entries.get(r.id))
      .filter((entry): entry is SoaEntry => Boolean(entry));
    if (sources.length === 0) {
      hub.set(control.id, { status: null, source: 'none' });
      continue;
    }
    const applicable = sources.filter((entry) => entry.applicable);
    const status = applicable.length
      ? bestStatus(applicable.map((entry) => entry.implementationStatus))
      : 'not_applicable';
    hub.set(control.id, { status, source: 'derived' });
  }
  return hub;
}

export type RequirementCoverage = {
  requirement: Requirement;
  ownStatus: SoaStatus | null;
  mappedCoverage: Coverage | null;
  coverage: Coverage;
  controls: { requirement: Requirement; hub: HubStatus }[];
};

/**
 * A requirement of a framework in scope is covered as the organisation itself answered it;
 * any other requirement is covered through the Annex A controls behind it.
 */
export function requirementCoverage(
  requirement: Requirement,
  entries: ReadonlyMap<string, SoaEntry>,
  inScope: ReadonlySet<FrameworkId>,
  hub: ReadonlyMap<string, HubStatus>,
): RequirementCoverage {
  const own = inScope.has(requirement.frameworkId) ? (entries.get(requirement.id)?.status ?? null) : null;
  const isAnnexA = requirement.frameworkId === 'iso27001_2022';
  const controls = requirement.annexA.flatMap((id) => {
    const control = requirementById(id);
    return control
      ? [{ requirement: control, hub: hub.get(id) ?? { status: null, source: 'none' as const } }]
      : [];
  });
  const mappedCoverage = isAnnexA
    ? inScope.has('iso27001_2022')
      ? null
      : coverageOfStatus(hub.get(requirement.id)?.status ?? null)
    : coverageOfControls(controls.map((c) => c.hub.status));
  const coverage = own !== null ? coverageOfStatus(own) : (mappedCoverage ?? 'not_covered');
  return { requirement, ownStatus: own, mappedCoverage, coverage, controls };
}
