import { z } from 'zod';
import { orgKinds } from '../../db/tables/columns-and-access.ts';
import { membershipCapabilities, permissions } from '../../platform/access.ts';
import type { Actor } from '../../platform/context.ts';
import { roles } from '../../platform/roles.ts';

export const meSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    locale: z.enum(['da', 'en']),
    mustChangePassword: z.boolean(),
    totpEnabled: z.boolean(),
    mfaEnrolmentRequired: z
      .boolean()
      .describe('An organisation of the user requires two-factor and it is not on yet'),
    csrfToken: z.string().describe('Send as the x-csrf-token header on every cookie-authenticated write'),
    memberships: z.array(
      z.object({
        id: z.string(),
        orgId: z.string(),
        orgName: z.string(),
        orgKind: z.enum(orgKinds),
        role: z.enum(roles),
        includeSubtree: z.boolean(),
        can: z
          .object({
            here: z.array(z.enum(permissions)).describe('What the role permits at the organisation'),
            below: z
              .array(z.enum(permissions))
              .describe('What it permits in the organisations below (empty without the subtree)'),
          })
          .describe('Capabilities of the membership, computed by the server; the web never re-derives them'),
      }),
    ),
  })
  .meta({ id: 'Me' });

export type Me = z.infer<typeof meSchema>;

export function presentMe(actor: Actor, csrfToken: string): Me {
  return {
    id: actor.id,
    email: actor.email,
    name: actor.name,
    locale: actor.locale,
    mustChangePassword: actor.mustChangePassword,
    totpEnabled: actor.totpEnabled,
    mfaEnrolmentRequired: actor.mfaRequired && !actor.totpEnabled,
    csrfToken,
    memberships: actor.memberships.map((m) => ({
      id: m.id,
      orgId: m.orgId,
      orgName: m.orgName,
      orgKind: m.orgKind,
      role: m.role,
      includeSubtree: m.includeSubtree,
      can: membershipCapabilities(m),
    })),
  };
}
