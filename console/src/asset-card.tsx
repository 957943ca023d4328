import { useState } from 'preact/hooks';
import { thumbnailHref, type Asset } from './api.ts';
import type { PageProps } from './app.tsx';
import { errorText, t } from './i18n.ts';
import { bodyOf, formOf } from './forms/asset.form.ts';

/** One library item: its thumbnail (video: poster frame), facts, and its tags, editable in place. */
export function AssetCard({
  api,
  asset,
  onSaved,
}: Pick<PageProps, 'api'> & { asset: Asset; onSaved: () => void }) {
  const [form, setForm] = useState(() => formOf(asset));
  const [note, setNote] = useState('');
  const save = (event: Event) => {
    event.preventDefault();
    api.saveAsset(asset.id, bodyOf(form, asset)).then(
      () => {
        setNote(t('saved'));
        onSaved();
      },
      (err: unknown) => {
        setNote(errorText(err));
      },
    );
  };
  return (
    <li class="card asset" data-asset={asset.id} data-type={asset.type}>
      <img
        src={thumbnailHref(asset.id)}
        alt={t('thumbnailOf', { name: asset.name })}
        loading="lazy"
        width={160}
        height={120}
      />
      <strong>{asset.name}</strong>
      <span class="small">
        {asset.type === 'video' ? t('typeVideo') : t('typeImage')}
        {asset.width && asset.height ? ` · ${asset.width}×${asset.height}` : ''}
        {asset.duration ? ` · ${Math.round(asset.duration)} s` : ''}
      </span>
      <form class="row" noValidate onSubmit={save}>
        <label>
          {t('tagsOf', { name: asset.name })}
          <input
            value={form.tags}
            onInput={(e) => {
              const tags = e.currentTarget.value;
              setForm((was) => ({ ...was, tags }));
            }}
          />
        </label>
        <button type="submit">{t('saveChanges')}</button>
      </form>
      <span role="status" class="small">
        {note}
      </span>
    </li>
  );
}
