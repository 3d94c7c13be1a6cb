// The admin's overrides, checked once per file (never per row).
import * as z from 'zod/mini';
import type { Catalog } from '../catalog';
import type { ColumnMapping } from './columns';
import { COLUMN_ROLES, type CsvEncoding } from './types';

export type ParseCsvOptions = {
  /** Roles per column index, or per header text; `null` ignores a column. */
  mapping?: ColumnMapping;
  /** Whether the first row is a header; detected when absent. */
  hasHeader?: boolean;
  delimiter?: string;
  encoding?: CsvEncoding;
  /** skuId given to rows that name no product (the product of the page, usually). */
  defaultSkuId?: string;
  catalog: Catalog;
};

const role = z.nullable(z.enum(COLUMN_ROLES as [string, ...string[]]));

export const overridesSchema = z.object({
  mapping: z.optional(z.union([z.array(role), z.record(z.string(), role)])),
  hasHeader: z.optional(z.boolean()),
  delimiter: z.optional(z.string().check(z.length(1))),
  encoding: z.optional(z.enum(['utf-8-bom', 'utf-8', 'windows-1252'])),
  defaultSkuId: z.optional(
    z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)),
  ),
});

export type Overrides = Omit<ParseCsvOptions, 'catalog'>;

/** The overrides that are valid; invalid ones are named so the admin hears about them. */
export function checkOverrides(options: ParseCsvOptions | undefined): { overrides: Overrides; invalid: string[] } {
  if (!options || typeof options !== 'object') return { overrides: {}, invalid: [] };
  const { catalog: _catalog, ...rest } = options;
  const parsed = overridesSchema.safeParse(rest);
  if (parsed.success) return { overrides: parsed.data as Overrides, invalid: [] };
  const invalid = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')))].filter(Boolean);
  const overrides: Overrides = {};
  for (const [name, value] of Object.entries(rest)) {
    if (!invalid.includes(name)) (overrides as Record<string, unknown>)[name] = value;
  }
  return { overrides, invalid };
}
