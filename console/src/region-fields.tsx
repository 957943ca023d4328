// The four numbers of a screen's region (W×H, and X,Y on the output an LED sending card copies), as the
// screen form and the region dialog both ask for them.
import type { FieldErrors } from './field-error.tsx';
import { Field } from './gate-form.tsx';
import { t } from './i18n.ts';

type RegionKey = 'width' | 'height' | 'offsetX' | 'offsetY';

interface RegionProps {
  form: Record<RegionKey, string>;
  set: (key: RegionKey) => (value: string) => void;
  errors: FieldErrors;
  /** Prefix of the inputs' names, which tests and the error focus use ("screen", "geometry"). */
  name: string;
}

/** Width and height in px, side by side. */
export function SizeRow({ form, set, errors, name }: RegionProps) {
  return (
    <div class="row">
      <Field
        label={t('widthPx')}
        value={form.width}
        set={set('width')}
        name={`${name}-width`}
        type="number"
        errors={errors}
        pointer="/width"
      />
      <Field
        label={t('heightPx')}
        value={form.height}
        set={set('height')}
        name={`${name}-height`}
        type="number"
        errors={errors}
        pointer="/height"
      />
    </div>
  );
}

/** The region's left and top edges on the output, in px, side by side. */
export function OffsetRow({ form, set, errors, name }: RegionProps) {
  return (
    <div class="row">
      <Field
        label={t('offsetXPx')}
        value={form.offsetX}
        set={set('offsetX')}
        name={`${name}-x`}
        type="number"
        errors={errors}
        pointer="/offsetX"
      />
      <Field
        label={t('offsetYPx')}
        value={form.offsetY}
        set={set('offsetY')}
        name={`${name}-y`}
        type="number"
        errors={errors}
        pointer="/offsetY"
      />
    </div>
  );
}
