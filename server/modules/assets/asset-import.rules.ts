import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { AssetHosting, AssetKind } from '../../db/schema.ts';
import { danishKey } from '../../platform/danish-text.ts';
import { invalid } from '../../platform/errors.ts';
import {
  booleanVocabulary,
  fieldOfHeader,
  hostingVocabulary,
  type ImportField,
  kindVocabulary,
  ratingVocabulary,
} from './asset-columns.rules.ts';

/**
 * Reading an asset register from CSV or XLSX into typed rows with row-level errors. Row
 * numbers are those a spreadsheet shows: the header is row 1, the first asset row 2.
 */

export const MAX_IMPORT_ROWS = 5000;

type Cell = string | number | boolean | Date | null;
export type Table = { headers: string[]; rows: { number: number; cells: Cell[] }[] };

export type RowError = {
  row: number;
  field: ImportField;
  code: string;
  params?: Record<string, string | number>;
};

export type ImportValues = {
  name: string;
  kind: AssetKind;
  description: string | null;
  owner: string | null;
  criticality: number;
  confidentiality: number;
  integrity: number;
  availability: number;
  personalData: boolean;
  healthData: boolean;
  legacy: boolean;
  endOfSupport: string | null;
  supplier: string | null;
  hosting: AssetHosting | null;
  clinicalCritical: boolean;
  criticalRank: number | null;
  dependsOn: string[];
};

export type ParsedRow = {
  row: number;
  /** The fields whose column is in the file; a missing column leaves an existing asset's value alone. */
  values: Partial<ImportValues>;
};

export type ParsedFile = {
  rows: ParsedRow[];
  errors: RowError[];
  columns: { field: ImportField; header: string }[];
  ignoredHeaders: string[];
};

const textLimits: Partial<Record<ImportField, number>> = {
  name: 200,
  description: 5000,
  owner: 254,
  supplier: 200,
};

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** ExcelJS cell values come as rich text, hyperlinks, formulas and errors too; keep what a user sees. */
function excelCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (
    value instanceof Date ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  ) {
    return value;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('hyperlink' in value) return String(value.text ?? value.hyperlink);
    if ('result' in value) return excelCell(value.result as ExcelJS.CellValue);
    if ('error' in value) return null;
  }
  return String(value);
}

export async function readXlsx(content: Buffer): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return { headers: [], rows: [] };
  const headerRow = sheet.getRow(1);
  const width = Math.max(headerRow.cellCount, sheet.actualColumnCount);
  const headers = Array.from({ length: width }, (_, i) =>
    cellText(excelCell(headerRow.getCell(i + 1).value)),
  );
  const rows: Table['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    rows.push({
      number,
      cells: Array.from({ length: width }, (_, i) => excelCell(row.getCell(i + 1).value)),
    });
  });
  return { headers, rows };
}

export function readCsv(content: Buffer): Table {
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  // Danish spreadsheets write ';' between cells; papaparse guesses the delimiter.
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const [header = [], ...records] = parsed.data;
  return {
    headers: header.map((h) => h.trim()),
    rows: records.map((cells, index) => ({ number: index + 2, cells })),
  };
}

function parseRating(text: string): number | undefined {
  const direct = Number(text);
  if (Number.isInteger(direct)) return direct >= 1 && direct <= 4 ? direct : undefined;
  return ratingVocabulary.get(danishKey(text));
}

/** YYYY-MM-DD, or the Danish day-first forms DD-MM-YYYY, DD.MM.YYYY, DD/MM/YYYY. */
function parseDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(text);
  const parts = iso
    ? { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }
    : danish
      ? { year: Number(danish[3]), month: Number(danish[2]), day: Number(danish[1]) }
      : undefined;
  if (!parts) return undefined;
  try {
    return Temporal.PlainDate.from(parts, { overflow: 'reject' }).toString();
  } catch {
    return undefined;
  }
}

type FieldParser = (text: string) => { value: unknown } | { code: string };

const ok = (value: unknown) => ({ value });
const fail = (code: string) => ({ code });

const parsers: Record<ImportField, FieldParser> = {
  name: (t) => ok(t),
  kind: (t) => {
    const kind = kindVocabulary.get(danishKey(t));
    return kind ? ok(kind) : fail('asset_import_invalid_kind');
  },
  description: (t) => ok(t),
  owner: (t) =>
    /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t) ? ok(t.toLowerCase()) : fail('asset_import_invalid_email'),
  criticality: (t) => {
    const v = parseRating(t);
    return v === undefined ? fail('asset_import_invalid_rating') : ok(v);
  },
  confidentiality: (t) => parsers.criticality(t),
  integrity: (t) => parsers.criticality(t),
  availability: (t) => parsers.criticality(t),
  personalData: (t) => {
    const v = booleanVocabulary.get(danishKey(t));
    return v === undefined ? fail('asset_import_invalid_boolean') : ok(v);
  },
  healthData: (t) => parsers.personalData(t),
  legacy: (t) => parsers.personalData(t),
  clinicalCritical: (t) => parsers.personalData(t),
  endOfSupport: (t) => {
    const v = parseDate(t);
    return v ? ok(v) : fail('asset_import_invalid_date');
  },
  supplier: (t) => ok(t),
  hosting: (t) => {
    const v = hostingVocabulary.get(danishKey(t));
    return v ? ok(v) : fail('asset_import_invalid_hosting');
  },
  criticalRank: (t) => {
    const v = Number(t);
    return Number.isInteger(v) && v >= 1 ? ok(v) : fail('asset_import_invalid_rank');
  },
  dependsOn: (t) =>
    ok(
      t
        .split(/[;\n]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
};

/** What an empty cell means: nothing for optional fields, `required` for the name. */
const emptyValue: Partial<Record<ImportField, unknown>> = {
  description: null,
  owner: null,
  personalData: false,
  healthData: false,
  legacy: false,
  clinicalCritical: false,
  endOfSupport: null,
  supplier: null,
  hosting: null,
  criticalRank: null,
  dependsOn: [],
};

/** Maps headers to fields and parses every row; a file without a name column is refused outright. */
export function parseTable(table: Table): ParsedFile {
  const columns: { field: ImportField; header: string; index: number }[] = [];
  const ignoredHeaders: string[] = [];
  table.headers.forEach((header, index) => {
    if (!header) return;
    const field = fieldOfHeader(header);
    if (field && !columns.some((c) => c.field === field)) columns.push({ field, header, index });
    else ignoredHeaders.push(header);
  });
  if (!columns.some((c) => c.field === 'name')) {
    throw invalid('asset_import_missing_name_column', [
      { path: 'file', code: 'asset_import_missing_name_column' },
    ]);
  }
  const dataRows = table.rows.filter((row) => row.cells.some((cell) => cellText(cell) !== ''));
  if (!dataRows.length) throw invalid('asset_import_empty', [{ path: 'file', code: 'asset_import_empty' }]);
  if (dataRows.length > MAX_IMPORT_ROWS) {
    throw invalid('asset_import_too_many_rows', [{ path: 'file', code: 'asset_import_too_many_rows' }], {
      max: MAX_IMPORT_ROWS,
    });
  }
  const errors: RowError[] = [];
  const rows = dataRows.map((source) => {
    const values: Record<string, unknown> = {};
    for (const column of columns) {
      const cell = source.cells[column.index] ?? null;
      const text = cellText(cell);
      if (text === '') {
        if (column.field === 'name') errors.push({ row: source.number, field: 'name', code: 'required' });
        else if (column.field in emptyValue) values[column.field] = emptyValue[column.field];
        // Empty kind or ratings: required for new assets, left alone on existing ones (checked later).
        continue;
      }
      const limit = textLimits[column.field];
      if (limit && text.length > limit) {
        errors.push({
          row: source.number,
          field: column.field,
          code: 'asset_import_too_long',
          params: { max: limit },
        });
        continue;
      }
      const parsed =
        column.field === 'endOfSupport' && cell instanceof Date
          ? ok(cellText(cell))
          : parsers[column.field](text);
      if ('code' in parsed) {
        errors.push({
          row: source.number,
          field: column.field,
          code: parsed.code,
          params: { value: text.slice(0, 80) },
        });
      } else values[column.field] = parsed.value;
    }
    return { row: source.number, values: values as Partial<ImportValues> };
  });
  return { rows, errors, columns: columns.map(({ field, header }) => ({ field, header })), ignoredHeaders };
}
