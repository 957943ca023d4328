/** "vi, km , en" → ["vi", "km", "en"]: lists typed as comma-separated text, empty parts dropped. */
export function parseList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** The inverse of parseList, for filling a field with a stored list. */
export function formatList(list: readonly string[] | undefined): string {
  return (list ?? []).join(', ');
}
