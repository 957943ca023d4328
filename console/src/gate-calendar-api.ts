import type { ApiClient } from './api.ts';
import type { GateCalendar, ProposedDay } from './gate-calendar.form.ts';

// PROVISIONAL until the calendar routes are in the contract (helper B): the record as calendar.json#/$defs/record.
interface Actor {
  kind: 'user' | 'token' | 'system';
  id: string;
  name: string;
  person?: string;
}
interface Version {
  calendar: GateCalendar;
  by: Actor;
  at: string;
}
/** A gate's calendar: the draft waiting for approval, the approved one the screens use, what the caller may do. */
export interface CalendarRecord {
  gateId: string;
  timeZone: string;
  borderCountry: string;
  draft?: Version;
  approved?: Version;
  messageId?: string;
  actions?: ('save' | 'approve' | 'discard')[];
}

/** A gate's calendar over REST: read, save the draft, approve or discard it, the holidays of a year. */
export interface CalendarApi {
  record: (gateId: string) => Promise<CalendarRecord>;
  save: (gateId: string, calendar: GateCalendar) => Promise<CalendarRecord>;
  approve: (gateId: string) => Promise<CalendarRecord>;
  discard: (gateId: string) => Promise<CalendarRecord>;
  holidays: (gateId: string, year: number) => Promise<ProposedDay[]>;
}

export function calendarApi(_api: ApiClient): CalendarApi {
  const missing = () => Promise.reject(new Error('calendar routes not in the contract yet'));
  return { record: missing, save: missing, approve: missing, discard: missing, holidays: missing };
}
