// A player's screenshot upload: sharp reads its size from the PNG header, and anything but a PNG is refused.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../server/domain/errors.ts';
import type { CommandRepository } from '../../server/repositories/command.repository.ts';
import { ImageRepository } from '../../server/repositories/image.repository.ts';
import { CommandService } from '../../server/services/command.service.ts';

const command = { id: 'c1', screenId: 's1', type: 'screenshot', state: 'sent' };
const stored: unknown[] = [];
const commands = {
  get: () => Promise.resolve(command),
  insertScreenshot: (shot: unknown) => {
    stored.push(shot);
    return Promise.resolve();
  },
} as unknown as CommandRepository;
const service = new CommandService({
  commands,
  images: new ImageRepository({ maxPixels: 100e6, workers: 1 }),
  clock: { now: () => Date.UTC(2026, 0, 1) },
  ...({} as Omit<CommandService['deps'], 'commands' | 'images' | 'clock'>),
});
const image = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#204080' } });

describe('screenshot uploads', () => {
  it('take their size from the PNG', async () => {
    const png = await image(800, 500).png().toBuffer();
    const shot = await service.storeScreenshot({ screenId: 's1' }, 's1', 'c1', png);
    expect(shot).toMatchObject({ width: 800, height: 500, bytes: png.length });
    expect(stored).toHaveLength(1);
  });

  it.each([
    ['a JPEG', () => image(800, 500).jpeg().toBuffer(), 'not a PNG'],
    ['random bytes', () => Promise.resolve(Buffer.from('\x89PNG\r\n\x1a\n and then nothing')), 'not a PNG'],
    ['a PNG of 20000×10', () => image(20_000, 10).png().toBuffer(), 'not plausible'],
  ])('refuse %s and store nothing', async (_what, bytes, message) => {
    const before = stored.length;
    const refused = service.storeScreenshot({ screenId: 's1' }, 's1', 'c1', await bytes());
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(refused).rejects.toThrow(message);
    expect(stored).toHaveLength(before);
  });
});
