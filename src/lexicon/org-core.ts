const ORG_AFFIXES = /^(?:PT|CV|Perum|Perumda)\s+|\s+(?:Tbk|Inc|Corp|Ltd|Co|LLC|Group|Grup)\.?$/g;

/** An organisation name without legal-form affixes: "PT Nusantara Baja Tbk" → "Nusantara Baja". */
export function orgCore(name: string): string {
  return name.replace(ORG_AFFIXES, '').replace(ORG_AFFIXES, '').trim();
}
