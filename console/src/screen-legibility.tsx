import { kindFloorPx, screenFloorPx } from '../../shared/legibility.ts';
import type { FieldErrors } from './field-error.tsx';
import type { ScreenForm } from './forms/screen.form.ts';
import { Field } from './gate-form.tsx';
import { t } from './i18n.ts';

/** The number a legibility field holds, when it is one (the floor shown is what the rule makes of it). */
function typed(text: string): number | undefined {
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) && n > 0 ? n : undefined;
}

/**
 * The screen's legibility: its viewing distance and pixel pitch, or a minimum text size set by hand, and
 * the floor the player will hold its text to (shared/legibility.ts, the rule the board applies).
 */
export function LegibilityFields({
  form,
  set,
  errors,
}: {
  form: ScreenForm;
  set: (key: keyof ScreenForm) => (value: string) => void;
  errors: FieldErrors;
}) {
  const floor = screenFloorPx({
    kind: form.kind,
    viewingDistanceM: typed(form.viewingDistanceM),
    pixelPitchMm: typed(form.pixelPitchMm),
    minTextPx: typed(form.minTextPx),
  });
  return (
    <fieldset data-legibility-fields>
      <legend>{t('screenLegibility')}</legend>
      <p class="hint">{t('screenLegibilityHint', kindFloorPx)}</p>
      <div class="row">
        <Field
          label={t('screenViewingDistance')}
          value={form.viewingDistanceM}
          set={set('viewingDistanceM')}
          name="screen-viewing-distance"
          inputMode="decimal"
          errors={errors}
          pointer="/viewingDistanceM"
        />
        <Field
          label={t('screenPixelPitch')}
          value={form.pixelPitchMm}
          set={set('pixelPitchMm')}
          name="screen-pixel-pitch"
          inputMode="decimal"
          errors={errors}
          pointer="/pixelPitchMm"
        />
        <Field
          label={t('screenMinTextPx')}
          value={form.minTextPx}
          set={set('minTextPx')}
          name="screen-min-text"
          type="number"
          errors={errors}
          pointer="/minTextPx"
        />
      </div>
      <p class="small" data-screen-floor={floor}>
        {t('screenFloorNow', { px: floor })}
      </p>
    </fieldset>
  );
}
