import { useRef, useState } from 'preact/hooks';
import { fieldsOf, type Gate, type Screen } from './api.ts';
import type { PageProps } from './app.tsx';
import { Dialog } from './dialog.tsx';
import { Field } from './gate-form.tsx';
import { errorText, t } from './i18n.ts';
import { formatList, parseList } from './list-field.ts';

type Kind = Screen['kind'];
const kinds: readonly Kind[] = ['led', 'kiosk', 'indoor'];

/** Adds a screen to a gate or edits one: kind, the W×H region (and for LED boards its X,Y offset), languages, groups. */
export function ScreenForm({
  api,
  gate,
  screen,
  onClose,
}: Pick<PageProps, 'api'> & { gate: Gate; screen: Screen | undefined; onClose: (saved: boolean) => void }) {
  const [name, setName] = useState(screen?.name ?? '');
  const [kind, setKind] = useState<Kind>(screen?.kind ?? 'led');
  const [width, setWidth] = useState(String(screen?.width ?? 800));
  const [height, setHeight] = useState(String(screen?.height ?? 500));
  const [offsetX, setOffsetX] = useState(String(screen?.offsetX ?? 0));
  const [offsetY, setOffsetY] = useState(String(screen?.offsetY ?? 0));
  const [languages, setLanguages] = useState(formatList(screen?.languages));
  const [groups, setGroups] = useState(formatList(screen?.groups));
  const [error, setError] = useState('');
  const saved = useRef(false);

  const close = () => document.querySelector<HTMLDialogElement>('dialog[open]')?.close();
  const submit = (event: Event) => {
    event.preventDefault();
    const langs = parseList(languages);
    const tags = parseList(groups);
    const body = {
      ...fieldsOf(screen),
      gateId: gate.id,
      name: name.trim(),
      kind,
      width: Number(width),
      height: Number(height),
      // Only an LED board's sending card copies a region at an offset; other screens fill their display.
      ...(kind === 'led' ? { offsetX: Number(offsetX), offsetY: Number(offsetY) } : {}),
      // Empty means "the gate's languages", so the field is left out rather than sent empty.
      languages: langs.length ? langs : undefined,
      groups: tags.length ? tags : undefined,
    };
    if (kind !== 'led') {
      delete body.offsetX;
      delete body.offsetY;
    }
    api.saveScreen(body, screen?.id).then(
      () => {
        saved.current = true;
        close();
      },
      (err: unknown) => {
        setError(errorText(err));
      },
    );
  };
  return (
    <Dialog
      labelledBy="screen-form-heading"
      onClose={() => {
        onClose(saved.current);
      }}
    >
      <form class="dialog-form" noValidate onSubmit={submit}>
        <h2 id="screen-form-heading">
          {screen ? t('editScreenFor', { name: screen.name }) : t('addScreenTo', { gate: gate.name })}
        </h2>
        <Field label={t('screenName')} value={name} set={setName} name="screen-name" />
        <label>
          {t('colKind')}
          <select
            name="screen-kind"
            value={kind}
            onChange={(e) => {
              setKind(kinds.find((k) => k === e.currentTarget.value) ?? 'led');
            }}
          >
            <option value="led">{t('kindLed')}</option>
            <option value="kiosk">{t('kindKiosk')}</option>
            <option value="indoor">{t('kindIndoor')}</option>
          </select>
        </label>
        <div class="row">
          <Field label={t('widthPx')} value={width} set={setWidth} name="screen-width" type="number" />
          <Field label={t('heightPx')} value={height} set={setHeight} name="screen-height" type="number" />
        </div>
        {kind === 'led' && (
          <fieldset>
            <legend>{t('ledRegion')}</legend>
            <p class="hint">{t('ledRegionHint')}</p>
            <div class="row">
              <Field label={t('offsetXPx')} value={offsetX} set={setOffsetX} name="screen-x" type="number" />
              <Field label={t('offsetYPx')} value={offsetY} set={setOffsetY} name="screen-y" type="number" />
            </div>
          </fieldset>
        )}
        <Field label={t('screenLanguages')} value={languages} set={setLanguages} name="screen-languages" />
        <Field label={t('groupsList')} value={groups} set={setGroups} name="screen-groups" />
        <p class="error" role="alert">
          {error}
        </p>
        <div class="dialog-actions">
          <button type="submit" class="primary">
            {t('saveChanges')}
          </button>
          <button type="button" onClick={close}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
