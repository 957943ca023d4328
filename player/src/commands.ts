// Remote commands from the controller, each answered (acked) with what was done: reload, screenshot,
// identify (the screen's name, large, for a few seconds), the commissioning test pattern and the preview of
// a proposed LED region (geometry.preview.ts). Blackout is
// not a command here: the controller sends it as an override, like every blackout.
import type { Ack } from '../../schemas/events.ts';
import type { PlayerCommand, PlayerCommandResult, ScreenConfig } from '../../schemas/types.ts';
import type { PlayerSocket } from './connection.ts';
import { captureStage } from './screenshot.ts';
import { endGeometryPreview, showGeometryPreview } from './geometry.preview.ts';
import { showTestPattern } from './testpattern.ts';

export interface CommandDeps {
  stage: HTMLElement;
  token: string;
  /** The screen's geometry and name, once the controller sent it. */
  config(): ScreenConfig | null;
  /** Shows the diagnostics corner for `ms`: identify and the test pattern are a technician's requests. */
  revealDiagnostics(ms: number): void;
}

/** Answers the controller's commands on this socket. */
export function handleCommands(socket: PlayerSocket, deps: CommandDeps): void {
  // A config is the stored truth: a region just applied (or any change) ends a preview still showing.
  socket.on('config', () => {
    endGeometryPreview(deps.stage);
  });
  socket.on('command', (command, ack: (reply: Ack<PlayerCommandResult>) => void) => {
    run(command, deps).then(
      (data) => {
        ack({ ok: true, data });
      },
      (err: unknown) => {
        ack({
          ok: false,
          error: { code: 'command_failed', message: err instanceof Error ? err.message : String(err) },
        });
      },
    );
  });
}

async function run(command: PlayerCommand, deps: CommandDeps): Promise<PlayerCommandResult> {
  switch (command.type) {
    case 'reload':
      // After the ack has left: the reload resumes in place (position derives from the clock).
      setTimeout(() => {
        location.reload();
      }, 500);
      return { done: true, detail: 'reloading' };
    case 'identify': {
      const config = deps.config();
      const ms = command.durationMs ?? 10_000;
      identify(deps.stage, config?.name ?? 'Gatecast', ms);
      deps.revealDiagnostics(ms);
      return { done: true, detail: config?.name ?? '' };
    }
    case 'test-pattern': {
      const config = deps.config();
      if (!config) throw new Error('no screen geometry yet');
      const ms = command.durationMs ?? 60_000;
      showTestPattern(deps.stage, config, ms);
      deps.revealDiagnostics(ms);
      return { done: true };
    }
    case 'geometry-preview': {
      if (!command.geometry) throw new Error('no region to preview');
      const ms = command.durationMs ?? 60_000;
      showGeometryPreview(deps.stage, deps.config()?.screenId ?? '', command.geometry, ms);
      deps.revealDiagnostics(ms);
      return { done: true, detail: `${command.geometry.width}x${command.geometry.height}` };
    }
    case 'geometry-preview-end':
      return { done: true, detail: endGeometryPreview(deps.stage) ? 'ended' : 'none showing' };
    case 'screenshot': {
      if (!command.uploadUrl) throw new Error('no upload address');
      const shot = await captureStage(deps.stage);
      const res = await fetch(command.uploadUrl, {
        method: 'POST',
        headers: { Authorization: `Bearer ${deps.token}`, 'Content-Type': 'image/png' },
        body: shot.png,
      });
      const body = (await res.json()) as { id?: string; error?: { message?: string } };
      if (!res.ok || !body.id)
        throw new Error(`upload refused (${res.status}): ${body.error?.message ?? ''}`);
      return {
        done: true,
        screenshotId: body.id,
        width: shot.width,
        height: shot.height,
        detail: shot.detail,
      };
    }
  }
}

let identifyTimer: ReturnType<typeof setTimeout> | undefined;

/** The screen's name across the stage, above everything, so a technician knows which board this is. */
function identify(stage: HTMLElement, name: string, ms: number): void {
  stage.querySelector('[data-identify]')?.remove();
  clearTimeout(identifyTimer);
  const layer = stage.appendChild(document.createElement('div'));
  layer.dataset['identify'] = '';
  layer.textContent = name;
  // Styled from script (the CSP refuses inline style attributes in markup, not the CSSOM).
  Object.assign(layer.style, {
    position: 'absolute',
    inset: '0',
    zIndex: '1000',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    textAlign: 'center',
    background: 'rgba(0, 0, 0, 0.85)',
    color: '#ffeb3b',
    fontWeight: '700',
    fontSize: `${Math.max(16, Math.floor(Math.min(stage.clientWidth / Math.max(6, name.length * 0.6), stage.clientHeight / 3)))}px`,
    lineHeight: '1.1',
    padding: '4%',
  });
  identifyTimer = setTimeout(() => {
    layer.remove();
  }, ms);
}
