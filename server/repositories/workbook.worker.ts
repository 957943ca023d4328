// Writes one .xlsx workbook off the controller's event loop: the table comes as workerData, the bytes go back
// transferred (not copied). See WorkbookRepository.
import { parentPort, workerData } from 'node:worker_threads';
import { tableXlsx } from '../domain/export.table.ts';
import { unpackTable, type PackedTable } from './workbook.packing.ts';

const bytes = await tableXlsx(unpackTable(workerData as PackedTable));
// A copy of its own (a small Buffer may sit in a shared pool), whose memory then moves to the caller.
const out = new Uint8Array(bytes);
parentPort?.postMessage(out, [out.buffer]);
