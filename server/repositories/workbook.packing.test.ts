import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportCell, ExportTable } from '../domain/export.table.ts';
import { packTable, unpackTable } from './workbook.packing.ts';

const anyCell: fc.Arbitrary<ExportCell> = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), value: fc.string() }),
  fc.record({ kind: fc.constant('date' as const), value: fc.constant('2026-12-06') }),
  fc.record({ kind: fc.constant('datetime' as const), value: fc.constant('2026-12-06T07:45') }),
  fc.record({ kind: fc.constant('integer' as const), value: fc.integer() }),
  fc.record({ kind: fc.constant('percent' as const), value: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

describe('a table crossing to the workbook worker', () => {
  it('arrives as it left: every cell of every row, with its kind', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.nat({ max: 20 }),
        fc.string(),
        (width, height, sheet) => {
          const rows = fc.sample(fc.array(anyCell, { minLength: width, maxLength: width }), height);
          const table: ExportTable = {
            sheet,
            columns: Array.from({ length: width }, (_, i) => ({ header: `Cột ${i}`, width: 10 })),
            rows,
          };
          // Through the structured clone a worker's message takes.
          expect(unpackTable(structuredClone(packTable(table)))).toEqual(table);
        },
      ),
      { numRuns: 200 },
    );
  });
});
