/** The lists and editors of messages and playlists strings of the one catalogue (merged into it by i18n.ts). */
export const contentMessages = {} satisfies Record<string, { vi: string; en: string }>;
