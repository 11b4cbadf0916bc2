import { grantRole } from '../modules/members/index.ts';
import { createChildAsSystem, createRoot } from '../modules/orgs/index.ts';
import { installAllModules } from '../modules.ts';
import type { AppContext } from '../platform/context.ts';
import { systemContext } from '../platform/context.ts';
import type { Role } from '../platform/roles.ts';

export const DEMO_PASSWORD = 'Skjold-demo-2026';

type DemoOrg = {
  key: string;
  name: string;
  kind: 'group' | 'organisation' | 'unit';
  parent: string;
  cvr?: string;
};

/** A small but realistic tree: the sector centre, a region, MedCom, a ministry, three clinics. */
const demoOrgs: DemoOrg[] = [
  { key: 'region', name: 'Region Vestkysten', kind: 'group', parent: 'sector' },
  { key: 'hospitalA', name: 'Vestkystens Universitetshospital', kind: 'organisation', parent: 'region' },
  { key: 'hospitalB', name: 'Regionshospitalet Ådalen', kind: 'organisation', parent: 'region' },
  { key: 'unit', name: 'Akutafdelingen', kind: 'unit', parent: 'hospitalA' },
  { key: 'medcom', name: 'MedCom', kind: 'group', parent: 'sector' },
  { key: 'ministry', name: 'Sundhedsministeriets departement', kind: 'group', parent: 'sector' },
  {
    key: 'agencyA',
    name: 'Styrelsen for Sundhedsdata og Registre',
    kind: 'organisation',
    parent: 'ministry',
  },
  {
    key: 'agencyB',
    name: 'Styrelsen for Patientsikkerhed og Tilsyn',
    kind: 'organisation',
    parent: 'ministry',
  },
  { key: 'clinicA', name: 'Øjenlægerne i Århus', kind: 'organisation', parent: 'sector' },
  { key: 'clinicB', name: 'Hudklinikken Østerbro', kind: 'organisation', parent: 'sector' },
  { key: 'clinicC', name: 'Speciallæge i øre-næse-hals Anna Æbelø', kind: 'organisation', parent: 'sector' },
];

/** One demo user per role, each where that role typically sits. */
const demoUsers: { role: Role; name: string; org: string }[] = [
  { role: 'admin', name: 'Anders Admin', org: 'region' },
  { role: 'management', name: 'Mette Ledelse', org: 'region' },
  { role: 'security_officer', name: 'Søren Sikkerhed', org: 'region' },
  { role: 'dpo', name: 'Dorthe Databeskyttelse', org: 'region' },
  { role: 'risk_owner', name: 'Rasmus Risikoejer', org: 'hospitalA' },
  { role: 'contributor', name: 'Bente Bidrag', org: 'hospitalA' },
  { role: 'auditor', name: 'Åse Revisor', org: 'region' },
  { role: 'supervisor', name: 'Torben Tilsyn', org: 'ministry' },
  { role: 'employee', name: 'Emil Medarbejder', org: 'hospitalA' },
];

export const demoEmail = (role: Role) => `${role}@demo.skjold.dk`;

export type DemoLogin = { email: string; role: Role; organisation: string };

export async function seedDemo(app: AppContext): Promise<DemoLogin[]> {
  const ctx = systemContext(app, 'demo-seed');
  const root = await createRoot(ctx, 'Sundhedssektorens Decentrale Cyber- og Informationssikkerhedsenhed');
  const ids: Record<string, { id: string; name: string }> = { sector: { id: root.id, name: root.name } };
  for (const org of demoOrgs) {
    const parent = ids[org.parent];
    if (!parent) throw new Error(`demo parent ${org.parent} missing`);
    const created = await createChildAsSystem(ctx, parent.id, { kind: org.kind, name: org.name });
    ids[org.key] = { id: created.id, name: created.name };
  }
  const logins: DemoLogin[] = [];
  for (const user of demoUsers) {
    const org = ids[user.org];
    if (!org) throw new Error(`demo org ${user.org} missing`);
    await grantRole(
      ctx,
      {
        orgId: org.id,
        email: demoEmail(user.role),
        name: user.name,
        role: user.role,
        password: DEMO_PASSWORD,
      },
      'ignore',
    );
    logins.push({ email: demoEmail(user.role), role: user.role, organisation: org.name });
  }
  // The sector centre's own admin, who creates organisations and appoints their first admins.
  await grantRole(
    ctx,
    {
      orgId: root.id,
      email: 'sector_admin@demo.skjold.dk',
      name: 'Signe Sektoradmin',
      role: 'admin',
      password: DEMO_PASSWORD,
    },
    'ignore',
  );
  logins.push({ email: 'sector_admin@demo.skjold.dk', role: 'admin', organisation: root.name });
  // The clinic owner runs the whole ISMS of a three-person clinic alone.
  const clinic = ids.clinicA as { id: string; name: string };
  await grantRole(
    ctx,
    {
      orgId: clinic.id,
      email: 'clinic@demo.skjold.dk',
      name: 'Karen Klinikejer',
      role: 'admin',
      password: DEMO_PASSWORD,
    },
    'ignore',
  );
  await grantRole(
    ctx,
    { orgId: clinic.id, email: 'clinic@demo.skjold.dk', name: 'Karen Klinikejer', role: 'security_officer' },
    'ignore',
  );
  logins.push({ email: 'clinic@demo.skjold.dk', role: 'security_officer', organisation: clinic.name });
  // Each module adds the demo data that shows its headline feature (its manifest's `demo`).
  const users = Object.fromEntries(logins.map((login) => [login.email, login.role]));
  for (const module of installAllModules()) await module.demo?.({ ctx, orgs: ids, users });
  return logins;
}
