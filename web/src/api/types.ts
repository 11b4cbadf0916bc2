import type { paths } from './schema';

// Types derive from `paths` (not from component names) so they survive regenerating schema.d.ts.
type JsonBody<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Ok<Op> = Op extends { responses: { 200: infer R } }
  ? JsonBody<R>
  : Op extends { responses: { 201: infer R } }
    ? JsonBody<R>
    : never;
type Body<Op> = Op extends { requestBody?: infer B } ? JsonBody<NonNullable<B>> : never;
type Query<Op> = Op extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

export type Me = Ok<paths['/api/v1/me']['get']>;
export type Membership = Me['memberships'][number];
export type Locale = Me['locale'];
export type Org = Ok<paths['/api/v1/orgs/{orgId}']['get']>;
export type OrgKind = Org['kind'];
export type OrgList = Ok<paths['/api/v1/orgs']['get']>;
export type CreateOrgBody = Body<paths['/api/v1/orgs']['post']>;
export type UpdateOrgBody = Body<paths['/api/v1/orgs/{orgId}']['patch']>;
export type Member = Ok<paths['/api/v1/orgs/{orgId}/members/{memberId}']['patch']>;
export type Role = Member['role'];
export type MemberList = Ok<paths['/api/v1/orgs/{orgId}/members']['get']>;
export type AddMemberBody = Body<paths['/api/v1/orgs/{orgId}/members']['post']>;
export type AddMemberResult = Ok<paths['/api/v1/orgs/{orgId}/members']['post']>;
export type UpdateMemberBody = Body<paths['/api/v1/orgs/{orgId}/members/{memberId}']['patch']>;
export type AuditEvent = Ok<paths['/api/v1/orgs/{orgId}/audit-events']['get']>['items'][number];
export type AuditEventList = Ok<paths['/api/v1/orgs/{orgId}/audit-events']['get']>;
export type AuditQuery = Query<paths['/api/v1/orgs/{orgId}/audit-events']['get']>;
export type UpdateMeBody = Body<paths['/api/v1/me']['patch']>;

export const ROLES = [
  'admin',
  'management',
  'security_officer',
  'dpo',
  'risk_owner',
  'contributor',
  'auditor',
  'supervisor',
  'employee',
] as const satisfies readonly Role[];

export const ORG_KINDS = ['sector', 'group', 'organisation', 'unit'] as const satisfies readonly OrgKind[];

export const LOCALES = ['da', 'en'] as const satisfies readonly Locale[];
