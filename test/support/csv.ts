/**
 * Reads a report CSV as Excel set to Vietnamese does: UTF-8 after a byte-order mark, `;` between fields,
 * CRLF between lines, `"` around text (doubled inside). Throws if the BOM is missing.
 */
export function parseViCsv(bytes: Uint8Array): string[][] {
  if (bytes[0] !== 0xef || bytes[1] !== 0xbb || bytes[2] !== 0xbf) throw new Error('no UTF-8 BOM');
  const text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** A CSV number as Vietnamese write it (decimal comma, no grouping) as a number. */
export const viNumber = (text: string): number => Number(text.replace(',', '.'));
