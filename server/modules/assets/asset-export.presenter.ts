import ExcelJS from 'exceljs';
import type { Locale } from '../../platform/i18n.ts';
import {
  columnHeaders,
  hostingLabels,
  type ImportField,
  importFields,
  kindLabels,
  ratingLabels,
  yesNo,
} from './asset-columns.rules.ts';
import type { Edge } from './asset-graph.rules.ts';
import type { CriticalOverview } from './asset-graph.service.ts';
import type { AssetRow } from './assets.presenter.ts';

/** Spreadsheets of the asset register: the register itself (importable again) and the yearly overview. */

const headerStyle = (row: ExcelJS.Row) => {
  row.font = { bold: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  row.alignment = { vertical: 'middle', wrapText: true };
};

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: { header: string; width: number }[],
  rows: (string | number | null)[][],
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  headerStyle(sheet.getRow(1));
  for (const row of rows) sheet.addRow(row);
  if (rows.length) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  }
  return sheet;
}

const widths: Record<ImportField, number> = {
  name: 32,
  kind: 20,
  description: 40,
  owner: 28,
  criticality: 14,
  confidentiality: 14,
  integrity: 14,
  availability: 14,
  personalData: 16,
  healthData: 18,
  legacy: 10,
  endOfSupport: 14,
  supplier: 24,
  hosting: 18,
  clinicalCritical: 18,
  criticalRank: 8,
  dependsOn: 40,
};

const text = {
  register: { da: 'Aktivregister', en: 'Asset register' },
  processes: { da: 'Kritiske processer', en: 'Critical processes' },
  supporting: { da: 'Understøttende aktiver', en: 'Supporting assets' },
  supplyChains: { da: 'Forsyningskæder', en: 'Supply chains' },
  legacy: { da: 'Legacy og udstyr', en: 'Legacy and devices' },
  rank: { da: 'Rang', en: 'Rank' },
  process: { da: 'Proces', en: 'Process' },
  owner: { da: 'Ejer', en: 'Owner' },
  asset: { da: 'Aktiv', en: 'Asset' },
  kind: { da: 'Type', en: 'Kind' },
  criticality: { da: 'Kritikalitet', en: 'Criticality' },
  cia: { da: 'F/I/T', en: 'C/I/A' },
  level: { da: 'Afhængighedsniveau', en: 'Dependency level' },
  supplier: { da: 'Leverandør', en: 'Supplier' },
  hosting: { da: 'Drift', en: 'Hosting' },
  legacyFlag: { da: 'Legacy', en: 'Legacy' },
  endOfSupport: { da: 'Support ophører', en: 'End of support' },
  unsupported: { da: 'Uden support', en: 'Unsupported' },
  suppliers: { da: 'Leverandører', en: 'Suppliers' },
  supportingCount: { da: 'Antal understøttende aktiver', en: 'Supporting assets' },
  assets: { da: 'Aktiver', en: 'Assets' },
  processesUsing: { da: 'Kritiske processer der afhænger af den', en: 'Critical processes depending on it' },
  healthData: { da: 'Helbredsoplysninger', en: 'Health data' },
  date: { da: 'Opgjort', en: 'As of' },
} as const;

const rating = (value: number, locale: Locale) => `${value} ${ratingLabels[value]?.[locale] ?? ''}`.trim();

/** The register in the import's columns, so an edited export can be imported again. */
export async function registerWorkbook(rows: AssetRow[], edges: Edge[], locale: Locale): Promise<Buffer> {
  const nameOf = new Map(rows.map((r) => [r.id, r.name]));
  const dependsOn = new Map<string, string[]>();
  for (const edge of edges)
    dependsOn.set(edge.from, [...(dependsOn.get(edge.from) ?? []), nameOf.get(edge.to) ?? '']);
  const cell: Record<ImportField, (row: AssetRow) => string | number | null> = {
    name: (r) => r.name,
    kind: (r) => kindLabels[r.kind][locale],
    description: (r) => r.description,
    owner: (r) => r.owner_email,
    criticality: (r) => r.criticality,
    confidentiality: (r) => r.confidentiality,
    integrity: (r) => r.integrity,
    availability: (r) => r.availability,
    personalData: (r) => yesNo(Boolean(r.personal_data), locale),
    healthData: (r) => yesNo(Boolean(r.health_data), locale),
    legacy: (r) => yesNo(Boolean(r.legacy), locale),
    endOfSupport: (r) => r.end_of_support,
    supplier: (r) => r.supplier,
    hosting: (r) => (r.hosting ? hostingLabels[r.hosting][locale] : null),
    clinicalCritical: (r) => yesNo(Boolean(r.clinical_critical), locale),
    criticalRank: (r) => r.critical_rank,
    dependsOn: (r) => (dependsOn.get(r.id) ?? []).sort((a, b) => a.localeCompare(b, 'da')).join('; ') || null,
  };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Skjold';
  addSheet(
    workbook,
    text.register[locale],
    importFields.map((field) => ({ header: columnHeaders[field][locale], width: widths[field] })),
    rows.map((row) => importFields.map((field) => cell[field](row))),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The yearly overview of critical processes, systems and supply chains (sector strategy,
 * initiative 1.1) as one workbook: the ranked processes, what each needs, the suppliers
 * behind them, and the legacy systems and devices among them.
 */
export async function criticalOverviewWorkbook(
  overview: CriticalOverview,
  orgName: string,
  locale: Locale,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Skjold';
  workbook.title = `${text.processes[locale]} – ${orgName}`;
  const processes = addSheet(
    workbook,
    text.processes[locale],
    [
      { header: text.rank[locale], width: 8 },
      { header: text.process[locale], width: 34 },
      { header: text.owner[locale], width: 24 },
      { header: text.criticality[locale], width: 14 },
      { header: text.supportingCount[locale], width: 16 },
      { header: text.suppliers[locale], width: 40 },
      { header: text.unsupported[locale], width: 14 },
    ],
    overview.items.map((item) => [
      item.rank,
      item.process.name,
      item.process.ownerName,
      rating(item.process.criticality, locale),
      item.supporting.length,
      item.suppliers.join('; ') || null,
      item.unsupported,
    ]),
  );
  processes.addRow([]);
  processes.addRow([`${text.date[locale]}: ${overview.date}`]);

  addSheet(
    workbook,
    text.supporting[locale],
    [
      { header: text.rank[locale], width: 8 },
      { header: text.process[locale], width: 30 },
      { header: text.asset[locale], width: 30 },
      { header: text.kind[locale], width: 20 },
      { header: text.level[locale], width: 12 },
      { header: text.criticality[locale], width: 14 },
      { header: text.supplier[locale], width: 24 },
      { header: text.legacyFlag[locale], width: 10 },
      { header: text.unsupported[locale], width: 12 },
      { header: text.healthData[locale], width: 16 },
    ],
    overview.items.flatMap((item) =>
      item.supporting.map((s) => [
        item.rank,
        item.process.name,
        s.asset.name,
        kindLabels[s.asset.kind][locale],
        s.depth,
        rating(s.asset.criticality, locale),
        s.asset.supplier,
        yesNo(s.asset.legacy, locale),
        yesNo(s.asset.unsupported, locale),
        yesNo(s.asset.healthData, locale),
      ]),
    ),
  );

  const bySupplier = new Map<string, { assets: Set<string>; processes: Set<string> }>();
  for (const item of overview.items) {
    const entries = [{ asset: item.process }, ...item.supporting];
    for (const { asset } of entries) {
      if (!asset.supplier) continue;
      const entry = bySupplier.get(asset.supplier) ?? { assets: new Set(), processes: new Set() };
      entry.assets.add(asset.name);
      entry.processes.add(`${item.rank}. ${item.process.name}`);
      bySupplier.set(asset.supplier, entry);
    }
  }
  addSheet(
    workbook,
    text.supplyChains[locale],
    [
      { header: text.supplier[locale], width: 28 },
      { header: text.assets[locale], width: 50 },
      { header: text.processesUsing[locale], width: 50 },
    ],
    [...bySupplier.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'da'))
      .map(([supplier, entry]) => [supplier, [...entry.assets].join('; '), [...entry.processes].join('; ')]),
  );

  const legacy = new Map<string, { row: (string | number | null)[]; processes: Set<string> }>();
  for (const item of overview.items) {
    for (const { asset } of item.supporting) {
      if (!asset.legacy && !asset.unsupported && asset.kind !== 'device') continue;
      const entry = legacy.get(asset.id) ?? {
        row: [
          asset.name,
          kindLabels[asset.kind][locale],
          yesNo(asset.legacy, locale),
          yesNo(asset.unsupported, locale),
          asset.supplier,
        ],
        processes: new Set<string>(),
      };
      entry.processes.add(`${item.rank}. ${item.process.name}`);
      legacy.set(asset.id, entry);
    }
  }
  addSheet(
    workbook,
    text.legacy[locale],
    [
      { header: text.asset[locale], width: 30 },
      { header: text.kind[locale], width: 20 },
      { header: text.legacyFlag[locale], width: 10 },
      { header: text.unsupported[locale], width: 12 },
      { header: text.supplier[locale], width: 24 },
      { header: text.processesUsing[locale], width: 50 },
    ],
    [...legacy.values()].map((entry) => [...entry.row, [...entry.processes].join('; ')]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
