import { defineMessages } from '../../platform/i18n.ts';

/** Error and notification texts of the orgs module, Danish and English. */
export const orgsMessages = defineMessages(
  {
    cvr_invalid: 'CVR-nummeret skal være 8 cifre.',
    'kind.sector': 'sektorrod',
    'kind.group': 'koncern/region',
    'kind.organisation': 'organisation',
    'kind.unit': 'enhed',
    org_cycle: 'En organisation kan ikke flyttes ind under sig selv eller en af sine underenheder.',
    org_parent_kind: 'En organisation af typen {kind} kan ikke placeres under typen {parentKind}.',
    org_root_exists: 'Der findes allerede en sektorrod.',
    org_has_children: 'Organisationen har underenheder og kan ikke slettes.',
  },
  {
    cvr_invalid: 'The CVR number must be 8 digits.',
    'kind.sector': 'sector root',
    'kind.group': 'group/region',
    'kind.organisation': 'organisation',
    'kind.unit': 'unit',
    org_cycle: 'An organisation cannot be moved under itself or one of its descendants.',
    org_parent_kind: 'An organisation of kind {kind} cannot be placed under kind {parentKind}.',
    org_root_exists: 'A sector root already exists.',
    org_has_children: 'The organisation has children and cannot be deleted.',
  },
);

declare module '../../platform/i18n.ts' {
  interface MessageKeys extends Record<keyof typeof orgsMessages.da, true> {}
}
