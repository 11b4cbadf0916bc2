import { annexA } from './annex-a.ts';
import { clinicNine, cyberforsvar, gdprArt32, nis2 } from './other-frameworks.ts';
import type { Framework, FrameworkId, Requirement } from './types.ts';

export { annexAThemeNames } from './annex-a.ts';
export * from './types.ts';

/** Every framework Skjold ships, in the order pages list them. */
export const frameworks: readonly Framework[] = [annexA, nis2, gdprArt32, clinicNine, cyberforsvar];

const byFramework = new Map<FrameworkId, Framework>(frameworks.map((f) => [f.id, f]));

export const allRequirements: readonly Requirement[] = frameworks.flatMap((f) => f.requirements);

const byId = new Map<string, Requirement>(allRequirements.map((r) => [r.id, r]));

/** Catalogue order: framework order, then the order the source lists the requirements in. */
const position = new Map<string, number>(allRequirements.map((r, index) => [r.id, index]));

export const frameworkOf = (id: FrameworkId): Framework => byFramework.get(id) as Framework;

export const requirementById = (id: string): Requirement | undefined => byId.get(id);

export const requirementPosition = (id: string): number => position.get(id) ?? Number.MAX_SAFE_INTEGER;

export const byCatalogueOrder = (a: { requirementId: string }, b: { requirementId: string }) =>
  requirementPosition(a.requirementId) - requirementPosition(b.requirementId);

/** Annex A control id → the requirements of other frameworks that map to it. */
const mappedTo = new Map<string, Requirement[]>();
for (const requirement of allRequirements) {
  for (const control of requirement.annexA) {
    const list = mappedTo.get(control) ?? [];
    list.push(requirement);
    mappedTo.set(control, list);
  }
}

export const requirementsMappedTo = (annexAId: string): readonly Requirement[] =>
  mappedTo.get(annexAId) ?? [];

/**
 * The mapping seen from any requirement: for an Annex A control, the requirements of other
 * frameworks that point at it; for anything else, the Annex A controls it points at.
 */
export function relatedRequirements(requirement: Requirement): readonly Requirement[] {
  if (requirement.frameworkId === 'iso27001_2022') return requirementsMappedTo(requirement.id);
  return requirement.annexA.map((id) => byId.get(id)).filter((r): r is Requirement => Boolean(r));
}
