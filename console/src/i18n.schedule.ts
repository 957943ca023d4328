/** The schedules page and week view strings of the one catalogue (merged into it by i18n.ts). */
export const scheduleMessages = {} satisfies Record<string, { vi: string; en: string }>;
