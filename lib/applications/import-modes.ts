export const IMPORT_MODES = ["all-or-nothing", "valid-only"] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
