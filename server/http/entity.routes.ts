import type { Principal } from '../domain/access.ts';
import type { Page } from '../repositories/document.repository.ts';
import { pageOf } from './page.ts';
import { actorOf, type GuardedRouter } from './route.table.ts';

/** The operations every content resource offers, on behalf of a principal. */
export interface Resource<T> {
  list(actor: Principal, limit: number, offset: number): Promise<Page<T>>;
  get(actor: Principal, id: string): Promise<T>;
  create(actor: Principal, body: unknown): Promise<T>;
  update(actor: Principal, id: string, body: unknown): Promise<T>;
  remove(actor: Principal, id: string): Promise<void>;
}

/**
 * GET / (paged), GET /:id, POST / (when the resource creates from JSON), PUT /:id, DELETE /:id. Every route
 * needs a signed-in caller; what the caller may do is the resource's (the service's) decision.
 */
export function resourceRoutes<T>(
  router: GuardedRouter,
  resource: Omit<Resource<T>, 'create'> & Partial<Pick<Resource<T>, 'create'>>,
): GuardedRouter {
  router.get('/', { signedIn: true }, async (req, res) => {
    const { limit, offset } = pageOf(req);
    res.json(await resource.list(actorOf(res), limit, offset));
  });
  router.get('/:id', { signedIn: true }, async (req, res) => {
    res.json(await resource.get(actorOf(res), String(req.params.id)));
  });
  const { create } = resource;
  if (create) {
    router.post('/', { signedIn: true }, async (req, res) => {
      res.status(201).json(await create.call(resource, actorOf(res), req.body));
    });
  }
  router.put('/:id', { signedIn: true }, async (req, res) => {
    res.json(await resource.update(actorOf(res), String(req.params.id), req.body));
  });
  router.delete('/:id', { signedIn: true }, async (req, res) => {
    await resource.remove(actorOf(res), String(req.params.id));
    res.status(204).end();
  });
  return router;
}
