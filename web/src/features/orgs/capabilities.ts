import { useMemo } from 'react';
import type { Role } from '../../api/types';
import { useOrgContext } from './use-org-context';

/**
 * What the user's roles in an organisation let them do, mirroring the server's permission table
 * (server/platform/access.ts). Only a hint for what the UI offers: the server decides, and a
 * refused action shows its (translated) message.
 */
const permissionRoles = {
  incidentsRead: ['management', 'security_officer', 'dpo', 'auditor'],
  incidentsManage: ['security_officer'],
  incidentsBreach: ['security_officer', 'dpo'],
  documentsRead: [
    'admin',
    'management',
    'security_officer',
    'dpo',
    'risk_owner',
    'contributor',
    'auditor',
    'supervisor',
  ],
  documentsWrite: ['security_officer', 'dpo', 'contributor'],
  documentsApprove: ['management', 'security_officer'],
  documentsPublish: ['management', 'security_officer', 'dpo'],
  annualCycleRead: [
    'admin',
    'management',
    'security_officer',
    'dpo',
    'risk_owner',
    'contributor',
    'auditor',
    'supervisor',
  ],
  annualCycleWrite: ['security_officer', 'dpo'],
  membersRead: ['admin', 'management', 'security_officer', 'dpo', 'auditor'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof permissionRoles;
export type Capabilities = Record<Capability, boolean> & { roles: readonly Role[] };

export function capabilitiesOf(roles: readonly Role[]): Capabilities {
  const result = { roles } as Capabilities;
  for (const [capability, allowed] of Object.entries(permissionRoles) as [Capability, readonly Role[]][]) {
    result[capability] = roles.some((role) => allowed.includes(role));
  }
  return result;
}

/** The user's capabilities in the organisation (roles held there or inherited from above). */
export function useCapabilities(orgId: string): Capabilities {
  const { roles } = useOrgContext(orgId);
  return useMemo(() => capabilitiesOf(roles.map((entry) => entry.role)), [roles]);
}
