import { WartaConfigError } from '../errors.js';

/** Article fields a CSV column can be mapped to (`outlet` becomes the summary's `source.outlet`). */
export const MAPPABLE_FIELDS = ['id', 'title', 'body', 'text', 'url', 'publishedAt', 'language', 'author', 'outlet'] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

/** Article field → CSV column name. */
export type FieldMap = Partial<Record<MappableField, string>>;

/**
 * Renames the fields of a JSON article by the map (`{ judul: "…" }` with title=judul gives
 * `{ title: "…" }`); fields the map does not name are kept as they are.
 */
export function remapFields(value: Record<string, unknown>, map: FieldMap): Record<string, unknown> {
  const out: Record<string, unknown> = { ...value };
  for (const [field, column] of Object.entries(map)) {
    if (column !== undefined && column in value) out[field] = value[column];
  }
  return out;
}

/** Parses `--map title=judul,body=isi_berita,id=id`; throws {@link WartaConfigError} on a bad entry. */
export function parseFieldMap(spec: string): FieldMap {
  const map: FieldMap = {};
  for (const entry of spec.split(',')) {
    const pair = entry.trim();
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const field = eq === -1 ? '' : pair.slice(0, eq).trim();
    const column = eq === -1 ? '' : pair.slice(eq + 1).trim();
    if (!(MAPPABLE_FIELDS as readonly string[]).includes(field) || column === '') {
      throw new WartaConfigError(
        `map entry "${pair}" must be field=column with field one of ${MAPPABLE_FIELDS.join(', ')}`,
      );
    }
    map[field as MappableField] = column;
  }
  return map;
}
