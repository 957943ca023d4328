import { useState } from 'preact/hooks';
import { thumbnailHref, type Asset } from './api.ts';
import type { PageProps } from './app.tsx';
import { errorText, t } from './i18n.ts';
import { formatList, parseList } from './list-field.ts';

/** One library item: its thumbnail (video: poster frame), facts, and its tags, editable in place. */
export function AssetCard({
  api,
  asset,
  onSaved,
}: Pick<PageProps, 'api'> & { asset: Asset; onSaved: () => void }) {
  const [tags, setTags] = useState(formatList(asset.tags));
  const [note, setNote] = useState('');
  const save = (event: Event) => {
    event.preventDefault();
    const body = { name: asset.name, tags: parseList(tags).map((x) => x.toLowerCase()) };
    api.saveAsset(asset.id, body).then(
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
            value={tags}
            onInput={(e) => {
              setTags(e.currentTarget.value);
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
