import type { EmergencyProof } from '../../schemas/types.ts';
import type { Principal } from '../domain/access.ts';
import type { Screen } from '../domain/entities.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.ts';
import { emergencyReaches } from '../domain/override.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import type { DocumentRepository } from '../repositories/document.repository.ts';
import type { EmergencyProofRepository } from '../repositories/emergency-proof.repository.ts';
import type { EmergencyRepository } from '../repositories/emergency.repository.ts';
import type { ImageRepository } from '../repositories/image.repository.ts';
import type { AccessPolicy } from './access.service.ts';
import { pngSize } from './command.service.ts';

export interface EmergencyProofServiceDeps {
  proofs: EmergencyProofRepository;
  emergencies: Pick<EmergencyRepository, 'get'>;
  screens: Pick<DocumentRepository<Screen>, 'get'>;
  access: AccessPolicy;
  /** Reads the size of uploaded screenshots. */
  images: Pick<ImageRepository, 'header'>;
  clock: Clock;
}

const imageUrl = (emergencyId: string, screenId: string) =>
  `/api/v1/emergencies/${encodeURIComponent(emergencyId)}/proofs/${encodeURIComponent(screenId)}`;

/**
 * The proof that an emergency reached the board: each player photographs its stage once, when the
 * emergency first shows there, and uploads it; people who may see the emergency read the pictures.
 */
export class EmergencyProofService {
  private readonly deps: EmergencyProofServiceDeps;

  constructor(deps: EmergencyProofServiceDeps) {
    this.deps = deps;
  }

  /** Stores the PNG a screen's own player took when the emergency first showed: one per screen. */
  async store(
    device: { screenId: string } | undefined,
    screenId: string,
    emergencyId: string,
    png: unknown,
  ): Promise<EmergencyProof> {
    // Who first: only the screen's own player sends its proof, whatever it sends.
    if (!device) throw new ForbiddenError("only the screen's own player sends emergency proofs");
    if (device.screenId !== screenId)
      throw new ForbiddenError("a player sends only its own screen's emergency proofs");
    if (!emergencyId)
      throw new ValidationError('the emergency this screenshot shows is missing', '/emergency');
    if (!Buffer.isBuffer(png)) throw new ValidationError('the body must be a PNG (Content-Type: image/png)');
    const [emergency, screen] = await Promise.all([
      this.deps.emergencies.get(emergencyId),
      this.deps.screens.get(screenId),
    ]);
    // A pending emergency (or one withdrawn before approval) was never on any screen.
    if (!emergency?.activatedAt || !screen || !emergencyReaches(emergency, screen))
      throw new NotFoundError(`emergency "${emergencyId}" is not for this screen`, '/emergency');
    const { width, height } = await pngSize(png, this.deps.images);
    const takenAt = isoNow(this.deps.clock);
    if (!(await this.deps.proofs.insert({ emergencyId, screenId, takenAt, width, height }, png)))
      throw new ConflictError(`screen "${screenId}" already sent its proof of emergency "${emergencyId}"`);
    return { screenId, at: takenAt, imageUrl: imageUrl(emergencyId, screenId) };
  }

  /** The PNG a screen sent of an emergency, for someone who may see that emergency. */
  async png(actor: Principal, emergencyId: string, screenId: string): Promise<Uint8Array> {
    this.deps.access.assertCan(actor, 'read');
    const emergency = await this.deps.emergencies.get(emergencyId);
    if (!emergency || !(await this.deps.access.visible(actor, emergency.gateIds)))
      throw new NotFoundError(`emergency "${emergencyId}" does not exist`);
    const png = await this.deps.proofs.png(emergencyId, screenId);
    if (!png) throw new NotFoundError(`screen "${screenId}" sent no proof of this emergency`);
    return png;
  }

  /** An emergency's proofs, oldest first (EmergencyService adds them to what it answers a person). */
  async proofs(emergencyId: string): Promise<EmergencyProof[]> {
    const stored = await this.deps.proofs.list(emergencyId);
    return stored.map((p) => ({
      screenId: p.screenId,
      at: p.takenAt,
      imageUrl: imageUrl(p.emergencyId, p.screenId),
    }));
  }
}
