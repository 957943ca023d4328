import { done, ok, type ApiClient } from './api.ts';
import type { ScheduleBody, StoredSchedule } from './forms/schedule.form.ts';

const byId = (id: string) => ({ params: { path: { id } } });
const all = { limit: 500 } as const;

/** The schedules page's REST calls: list, open, save a draft, submit, delete (Contract E). */
export function scheduleApi(api: ApiClient) {
  const { http } = api;
  return {
    /** Every schedule in the actor's scope (the working copies). */
    list: async (): Promise<StoredSchedule[]> =>
      (await ok(http.GET('/api/v1/schedules', { params: { query: all } }))).items,
    get: (id: string): Promise<StoredSchedule> => ok(http.GET('/api/v1/schedules/{id}', byId(id))),
    /** Creates a draft (no id) or replaces one; either way it must be submitted again to reach screens. */
    save: (body: ScheduleBody, id?: string): Promise<StoredSchedule> =>
      ok(
        id
          ? http.PUT('/api/v1/schedules/{id}', { ...byId(id), body })
          : http.POST('/api/v1/schedules', { body }),
      ),
    remove: (id: string) => done(http.DELETE('/api/v1/schedules/{id}', byId(id))),
    submit: (id: string) => ok(http.POST('/api/v1/schedules/{id}/submit', { ...byId(id), body: {} })),
    approval: (id: string) => ok(http.GET('/api/v1/schedules/{id}/approval', byId(id))),
  };
}
export type ScheduleApi = ReturnType<typeof scheduleApi>;
