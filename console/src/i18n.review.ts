/** The approval review strings of the one catalogue (merged into it by i18n.ts). */
export const reviewMessages = {} satisfies Record<string, { vi: string; en: string }>;
