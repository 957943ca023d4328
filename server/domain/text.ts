/** Returns a deep copy with every string NFC-normalised (stacked Vietnamese diacritics arrive in either form). */
export function normalizeText<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((v: unknown) => normalizeText(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k.normalize('NFC'), normalizeText(v)]),
    ) as T;
  }
  return value;
}
