/** warta's version, written into every summary. */
export const VERSION = '0.1.0';
/** Version of the summary JSON shape; bumped on a breaking change. */
export const SCHEMA_VERSION = 1;
