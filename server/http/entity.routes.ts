import type { PageQuery } from '../../schemas/types.ts';
import type { Principal } from '../domain/access.ts';
import type { Page } from '../repositories/document.repository.ts';
import { acts, changes, created, empty, json, page, reads, readsOne, stored } from './contract.ts';
import { actorOf, queryOf, type GuardedRouter } from './route.table.ts';

/** The operations every content resource offers, on behalf of a principal. */
export interface Resource<T> {
  list(actor: Principal, limit: number, offset: number): Promise<Page<T>>;
  get(actor: Principal, id: string): Promise<T>;
  create(actor: Principal, body: unknown): Promise<T>;
  update(actor: Principal, id: string, body: unknown): Promise<T>;
  remove(actor: Principal, id: string): Promise<void>;
}

/** How a resource is named: `gate`, whose input schema is gate.json and whose list is "gates". */
export interface Noun {
  one: string;
  many: string;
}

/**
 * GET / (paged), GET /:id, POST / (when the resource creates from JSON), PUT /:id, DELETE /:id. Every route
 * needs a signed-in caller; what the caller may do is the resource's (the service's) decision.
 */
export function resourceRoutes<T>(
  router: GuardedRouter,
  resource: Omit<Resource<T>, 'create'> & Partial<Pick<Resource<T>, 'create'>>,
  { one, many }: Noun,
): GuardedRouter {
  const input = `${one}.json`;
  const a = `${/^[aeiou]/.test(one) ? 'an' : 'a'} ${one}`;
  router.get(
    '/',
    {
      signedIn: true,
      summary: `List ${many}`,
      query: ['common.json#/$defs/pageQuery'],
      responses: { 200: json(page(stored(one))), ...reads },
    },
    async (_req, res) => {
      const { limit = 50, offset = 0 } = queryOf<PageQuery>(res);
      res.json(await resource.list(actorOf(res), limit, offset));
    },
  );
  router.get(
    '/:id',
    { signedIn: true, summary: `Read ${a}`, responses: { 200: json(stored(one)), ...readsOne } },
    async (req, res) => {
      res.json(await resource.get(actorOf(res), String(req.params.id)));
    },
  );
  const { create } = resource;
  if (create) {
    router.post(
      '/',
      {
        signedIn: true,
        summary: `Create ${a}`,
        body: input,
        responses: { 201: created(stored(one)), ...changes },
      },
      async (req, res) => {
        res.status(201).json(await create.call(resource, actorOf(res), req.body));
      },
    );
  }
  router.put(
    '/:id',
    {
      signedIn: true,
      summary: `Replace ${a}`,
      body: input,
      responses: { 200: json(stored(one)), ...changes },
    },
    async (req, res) => {
      res.json(await resource.update(actorOf(res), String(req.params.id), req.body));
    },
  );
  router.delete(
    '/:id',
    { signedIn: true, summary: `Delete ${a}`, responses: { 204: empty('Deleted'), ...acts } },
    async (req, res) => {
      await resource.remove(actorOf(res), String(req.params.id));
      res.status(204).end();
    },
  );
  return router;
}
