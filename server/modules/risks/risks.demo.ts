import { loadActor } from '../../platform/authenticate.ts';
import { addDaysToDate, addMonthsToDate, todayLocal } from '../../platform/clock.ts';
import type { Actor, AppContext, RequestContext } from '../../platform/context.ts';
import { systemContext } from '../../platform/context.ts';
import type { Asset } from '../assets/index.ts';
import { createAsset } from '../assets/index.ts';
import { acceptRisk } from './risk-acceptance.service.ts';
import { createAction } from './risk-actions.service.ts';
import { decideAssessment, freezeAssessment } from './risk-assessments.service.ts';
import type { RiskInput } from './risks.schemas.ts';
import { createRisk, updateRisk } from './risks.service.ts';
import { createThreat } from './threats.service.ts';

type DemoAsset = Parameters<typeof createAsset>[3] & { key: string; dependsOn?: string[] };

/**
 * The demo hospital's asset register and risk register: its critical clinical processes and
 * the systems, devices and infrastructure they need, a handful of realistic risks with
 * treatment, acceptances and actions, and last year's approved assessment to compare with.
 */
const assets: DemoAsset[] = [
  {
    key: 'power',
    name: 'Nødstrøm og UPS',
    kind: 'location',
    criticality: 4,
    confidentiality: 1,
    integrity: 2,
    availability: 4,
    hosting: 'on_premises',
  },
  {
    key: 'dc',
    name: 'Datacenter Vest',
    kind: 'location',
    criticality: 4,
    confidentiality: 3,
    integrity: 3,
    availability: 4,
    hosting: 'on_premises',
    dependsOn: ['power'],
  },
  {
    key: 'network',
    name: 'Hospitalsnetværk og trådløst net',
    kind: 'service',
    criticality: 4,
    confidentiality: 3,
    integrity: 3,
    availability: 4,
    supplier: 'Region Vestkysten IT',
    hosting: 'shared_operations',
    dependsOn: ['power'],
  },
  {
    key: 'ad',
    name: 'Active Directory og login',
    kind: 'system',
    criticality: 4,
    confidentiality: 4,
    integrity: 4,
    availability: 4,
    personalData: true,
    supplier: 'Region Vestkysten IT',
    hosting: 'shared_operations',
    dependsOn: ['dc'],
  },
  {
    key: 'sdn',
    name: 'Sundhedsdatanettet (SDN)',
    kind: 'service',
    criticality: 4,
    confidentiality: 4,
    integrity: 4,
    availability: 4,
    supplier: 'MedCom',
    hosting: 'supplier_hosted',
    dependsOn: ['network'],
  },
  {
    key: 'epj',
    name: 'Elektronisk patientjournal (EPJ)',
    kind: 'system',
    description: 'Regionens fælles journalsystem med ordination, booking og dokumentation.',
    criticality: 4,
    confidentiality: 4,
    integrity: 4,
    availability: 4,
    personalData: true,
    healthData: true,
    supplier: 'Journalleverandøren A/S',
    hosting: 'shared_operations',
    dependsOn: ['network', 'dc', 'ad'],
  },
  {
    key: 'fmk',
    name: 'Fælles Medicinkort (FMK-integration)',
    kind: 'service',
    criticality: 4,
    confidentiality: 4,
    integrity: 4,
    availability: 3,
    personalData: true,
    healthData: true,
    supplier: 'Sundhedsdatastyrelsen',
    hosting: 'supplier_hosted',
    dependsOn: ['sdn', 'epj'],
  },
  {
    key: 'pacs',
    name: 'PACS/RIS billedarkiv',
    kind: 'system',
    criticality: 4,
    confidentiality: 4,
    integrity: 4,
    availability: 4,
    personalData: true,
    healthData: true,
    legacy: true,
    endOfSupport: '2025-06-30',
    supplier: 'Billedsystemer ApS',
    hosting: 'on_premises',
    dependsOn: ['network', 'dc'],
  },
  {
    key: 'lab',
    name: 'Laboratoriesystem',
    kind: 'system',
    criticality: 4,
    confidentiality: 4,
    integrity: 4,
    availability: 4,
    personalData: true,
    healthData: true,
    supplier: 'Region Vestkysten IT',
    hosting: 'shared_operations',
    dependsOn: ['network', 'dc'],
  },
  {
    key: 'ct',
    name: 'CT-scanner, akutmodtagelsen',
    kind: 'device',
    description: 'Styrings-pc på Windows uden leverandørsupport.',
    criticality: 4,
    confidentiality: 3,
    integrity: 4,
    availability: 4,
    personalData: true,
    healthData: true,
    legacy: true,
    endOfSupport: '2020-01-14',
    supplier: 'Scannerfabrikken GmbH',
    hosting: 'on_premises',
    dependsOn: ['pacs', 'network'],
  },
  {
    key: 'pumps',
    name: 'Infusionspumper, intensiv',
    kind: 'device',
    criticality: 4,
    confidentiality: 2,
    integrity: 4,
    availability: 4,
    supplier: 'Pumpeudstyr Nordic',
    hosting: 'on_premises',
    dependsOn: ['network'],
  },
  {
    key: 'records',
    name: 'Patientoplysninger i journalen',
    kind: 'information',
    criticality: 4,
    confidentiality: 4,
    integrity: 4,
    availability: 4,
    personalData: true,
    healthData: true,
    dependsOn: ['epj'],
  },
  {
    key: 'acute',
    name: 'Akut modtagelse og traume',
    kind: 'process',
    criticality: 4,
    confidentiality: 3,
    integrity: 4,
    availability: 4,
    personalData: true,
    healthData: true,
    clinicalCritical: true,
    dependsOn: ['epj', 'ct', 'lab'],
  },
  {
    key: 'medication',
    name: 'Medicinering: ordination og administration',
    kind: 'process',
    criticality: 4,
    confidentiality: 3,
    integrity: 4,
    availability: 4,
    personalData: true,
    healthData: true,
    clinicalCritical: true,
    dependsOn: ['epj', 'fmk', 'pumps'],
  },
  {
    key: 'imaging',
    name: 'Billeddiagnostik',
    kind: 'process',
    criticality: 3,
    confidentiality: 3,
    integrity: 4,
    availability: 3,
    personalData: true,
    healthData: true,
    clinicalCritical: true,
    dependsOn: ['pacs', 'ct'],
  },
  {
    key: 'tests',
    name: 'Laboratoriediagnostik (blodprøver)',
    kind: 'process',
    criticality: 3,
    confidentiality: 3,
    integrity: 4,
    availability: 3,
    personalData: true,
    healthData: true,
    clinicalCritical: true,
    dependsOn: ['lab'],
  },
];

type DemoRisk = Omit<RiskInput, 'assetIds' | 'ownerUserId'> & {
  assets: string[];
  owner: 'riskOwner' | 'officer';
  accept?: { by: 'management' | 'officer'; reason: string };
  actions?: { title: string; inDays: number }[];
};

const lastYearsRisks: DemoRisk[] = [
  {
    title: 'Ransomware krypterer journalsystemet og fællesdrev',
    threatIds: ['ransomware', 'phishing', 'credential_misuse'],
    assets: ['epj', 'dc', 'ad'],
    owner: 'riskOwner',
    likelihood: 4,
    consequenceOrganisation: 5,
    consequencePatientSafety: 5,
    consequenceDataSubject: 4,
    existingControls: 'Daglig backup, EDR på alle klienter, netværket segmenteret i kliniske zoner.',
    plannedControls: 'Uforanderlig offline-backup, halvårlig test af genetablering, MFA på al fjernadgang.',
    residualLikelihood: 2,
    residualConsequenceOrganisation: 5,
    residualConsequencePatientSafety: 5,
    treatment: 'reduce',
    actions: [
      { title: 'Indfør uforanderlig offline-backup af journalsystemet', inDays: 90 },
      { title: 'Gennemfør og dokumentér test af genetablering', inDays: 150 },
    ],
  },
  {
    title: 'Udnyttelse af CT-scanner på forældet styresystem',
    threatIds: ['legacy_exploitation', 'medical_device_attack'],
    assets: ['ct'],
    owner: 'riskOwner',
    likelihood: 3,
    consequencePatientSafety: 4,
    consequenceOrganisation: 3,
    existingControls: 'Scanneren står på eget VLAN.',
    plannedControls:
      'Firewallregler der kun tillader trafik til PACS; aftale med leverandøren om sikkerhedsopdateringer.',
    residualLikelihood: 2,
    residualConsequencePatientSafety: 4,
    treatment: 'accept',
    accept: {
      by: 'management',
      reason: 'Udskiftning er budgetteret i 2028. Segmenteringen kompenserer indtil da.',
    },
  },
  {
    title: 'Uberettigede opslag i patientjournaler',
    threatIds: ['insider_record_snooping'],
    assets: ['epj', 'records'],
    owner: 'officer',
    likelihood: 4,
    consequenceDataSubject: 4,
    consequenceOrganisation: 2,
    existingControls: 'Logning af alle opslag; årlig awareness.',
    plannedControls: 'Månedlig stikprøvekontrol af opslag og automatisk advarsel ved opslag på kolleger.',
    residualLikelihood: 3,
    residualConsequenceDataSubject: 3,
    treatment: 'reduce',
    actions: [{ title: 'Indfør månedlig logopfølgning på opslag', inDays: 45 }],
  },
  {
    title: 'Bortfald af Sundhedsdatanettet i mere end fire timer',
    threatIds: ['network_failure', 'supplier_failure'],
    assets: ['sdn', 'fmk'],
    owner: 'riskOwner',
    likelihood: 2,
    consequenceOrganisation: 3,
    consequencePatientSafety: 4,
    existingControls: 'Nødprocedure for papirordination; redundant forbindelse.',
    treatment: 'accept',
    accept: { by: 'officer', reason: 'Nødprocedurerne er afprøvet ved øvelsen i foråret.' },
  },
];

const newRisks: DemoRisk[] = [
  {
    title: 'Fejlsendte epikriser til forkert praktiserende læge',
    threatIds: ['misdirected_patient_data', 'wrong_patient_data'],
    assets: ['epj'],
    owner: 'riskOwner',
    likelihood: 4,
    consequenceDataSubject: 3,
    consequencePatientSafety: 2,
    plannedControls: 'Kontrol af ydernummer før afsendelse; opslag i Sundhedsvæsenets Organisationsregister.',
    residualLikelihood: 3,
    residualConsequenceDataSubject: 3,
    treatment: 'reduce',
  },
  {
    title: 'Strømsvigt i Datacenter Vest',
    threatIds: ['power_failure'],
    assets: ['power', 'dc'],
    owner: 'officer',
    likelihood: 1,
    consequenceOrganisation: 5,
    consequencePatientSafety: 5,
    existingControls: 'Nødstrømsanlæg afprøves månedligt.',
    treatment: 'accept',
  },
];

/** Seeds the demo hospital's registers through the services, as the people who would do it. */
export async function seedAssetsAndRisksDemo(
  app: AppContext,
  orgs: Record<string, { id: string }>,
): Promise<void> {
  const hospital = orgs.hospitalA;
  const region = orgs.region;
  if (!hospital || !region) throw new Error('demo hospital missing');
  const as = async (email: string): Promise<{ actor: Actor; ctx: RequestContext }> => {
    const user = await app.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    const actor = (await loadActor(app.db, user.id, null)) as Actor;
    return { actor, ctx: { ...systemContext(app, 'demo-seed'), actor } };
  };
  const officer = await as('security_officer@demo.skjold.dk');
  const management = await as('management@demo.skjold.dk');
  const riskOwner = await as('risk_owner@demo.skjold.dk');
  const contributor = await as('contributor@demo.skjold.dk');

  await createThreat(officer.ctx, officer.actor, region.id, {
    title: 'Nedbrud af regionens fælles integrationsplatform',
    description:
      'Beskeder mellem journal, laboratorium og billeddiagnostik standser for alle regionens hospitaler.',
    category: 'technical',
    affects: { availability: true, integrity: true },
  });

  const ids = new Map<string, Asset>();
  for (const { key, dependsOn, ...input } of assets) {
    const created = await createAsset(officer.ctx, officer.actor, hospital.id, {
      ...input,
      ownerUserId: key === 'ct' || key === 'epj' || key === 'acute' ? riskOwner.actor.id : officer.actor.id,
      dependsOnIds: (dependsOn ?? []).map((k) => ids.get(k)?.id as string),
    });
    ids.set(key, created);
  }

  const record = async (risk: DemoRisk) => {
    const { assets: keys, owner, accept, actions, ...input } = risk;
    let created = await createRisk(officer.ctx, officer.actor, hospital.id, {
      ...input,
      assetIds: keys.map((k) => ids.get(k)?.id as string),
      ownerUserId: owner === 'riskOwner' ? riskOwner.actor.id : officer.actor.id,
    });
    for (const action of actions ?? []) {
      await createAction(officer.ctx, officer.actor, hospital.id, created.id, {
        title: action.title,
        ownerUserId: officer.actor.id,
        dueDate: addDaysToDate(todayLocal(), action.inDays),
      });
    }
    if (accept) {
      const signer = accept.by === 'management' || owner === 'officer' ? management : officer;
      created = await acceptRisk(signer.ctx, signer.actor, hospital.id, created.id, {
        version: created.version,
        reason: accept.reason,
      });
    }
    return created;
  };

  const earlier = [];
  for (const risk of lastYearsRisks) earlier.push(await record(risk));
  const lastYear = await freezeAssessment(officer.ctx, officer.actor, hospital.id, {
    title: `Risikovurdering ${addMonthsToDate(todayLocal(), -12).slice(0, 4)}`,
    assessmentDate: addMonthsToDate(todayLocal(), -12),
    note: 'Overordnet risikovurdering behandlet i informationssikkerhedsudvalget.',
  });
  await decideAssessment(management.ctx, management.actor, hospital.id, lastYear.id, {
    version: lastYear.version,
    decision: 'approved',
    note: 'Godkendt af direktionen.',
  });

  // Since then: the snooping risk came down with log follow-up, and two risks were added.
  const snooping = earlier[2];
  if (snooping) {
    await updateRisk(officer.ctx, officer.actor, hospital.id, snooping.id, {
      version: snooping.version,
      residualLikelihood: 2,
      residualConsequenceDataSubject: 3,
    });
  }
  for (const risk of newRisks) await record(risk);
  await createRisk(contributor.ctx, contributor.actor, hospital.id, {
    title: 'Phishing rettet mod lægesekretærer',
    description: 'Flere sekretærer har fået mails, der ligner besked fra lønkontoret.',
    threatIds: ['phishing'],
    likelihood: 4,
    consequenceOrganisation: 2,
    consequenceDataSubject: 3,
    status: 'draft',
  });
}
