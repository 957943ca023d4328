/** The server error reasons and codes strings of the one catalogue (merged into it by i18n.ts). */
export const errorMessages = {} satisfies Record<string, { vi: string; en: string }>;
