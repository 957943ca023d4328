import { useState } from 'preact/hooks';
import type { Asset } from './api.ts';
import type { PageProps } from './app.tsx';
import { AssetCard } from './asset-card.tsx';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';
import { uploadErrorKey } from './upload-error.ts';
import { uploadAsset } from './upload.ts';

interface Upload {
  key: string;
  name: string;
  sent: number;
  error?: string;
  done?: boolean;
}

/** The media library: several uploads at once (picker or drag and drop anywhere on the page), thumbnails, filters. */
export function LibraryPage({ api }: PageProps) {
  const library = useLoad(() => api.assets(), [api]);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState('');
  const [type, setType] = useState<'' | Asset['type']>('');
  const [dragging, setDragging] = useState(false);

  const patch = (key: string, change: Partial<Upload>) => {
    setUploads((was) => was.map((u) => (u.key === key ? { ...u, ...change } : u)));
  };
  const start = (files: readonly File[]) => {
    const added = files.map((f, i) => ({
      key: `${Date.now()}-${i}-${f.name}`,
      name: f.name,
      sent: 0,
      file: f,
    }));
    setUploads((was) => [...added.map(({ file: _f, ...u }) => u), ...was]);
    // All at once: the server checks each file on its own, and one refusal does not stop the others.
    for (const { key, file } of added) {
      uploadAsset(api, file, (sent) => {
        patch(key, { sent });
      }).then(
        () => {
          patch(key, { done: true, sent: 1 });
          library.reload();
        },
        (err: unknown) => {
          patch(key, { error: t(uploadErrorKey(err)) });
        },
      );
    }
  };

  const assets = library.data?.items ?? [];
  const tags = [...new Set(assets.flatMap((a) => a.tags ?? []))].sort();
  const needle = query.trim().toLocaleLowerCase('vi');
  const shown = assets.filter(
    (a) =>
      (!needle || a.name.toLocaleLowerCase('vi').includes(needle)) &&
      (!tag || (a.tags ?? []).includes(tag)) &&
      (!type || a.type === type),
  );
  return (
    <section
      aria-labelledby="library-page-heading"
      class={`library${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        start([...(e.dataTransfer?.files ?? [])]);
      }}
    >
      <h2 id="library-page-heading">{t('libraryHeading')}</h2>
      <div class="drop-zone">
        <label>
          {t('chooseFiles')}
          <input
            type="file"
            multiple
            accept="image/jpeg,image/png,image/webp,image/gif,video/mp4,video/webm"
            onChange={(e) => {
              start([...(e.currentTarget.files ?? [])]);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <p class="hint">{t('dropHint')}</p>
      </div>
      {uploads.length > 0 && (
        <ul class="uploads" aria-label={t('uploadsList')}>
          {uploads.map((u) => (
            <li
              key={u.key}
              data-upload={u.name}
              data-state={u.error ? 'failed' : u.done ? 'done' : 'sending'}
            >
              <span>{u.name}</span>
              <progress max={1} value={u.sent} aria-label={t('uploadProgressOf', { name: u.name })} />
              <span role="status" class={u.error ? 'error' : 'small'}>
                {u.error ?? (u.done ? t('uploadDone') : `${Math.round(u.sent * 100)} %`)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <search class="row filters">
        <label>
          {t('searchByName')}
          <input
            type="search"
            value={query}
            onInput={(e) => {
              setQuery(e.currentTarget.value);
            }}
          />
        </label>
        <label>
          {t('filterTag')}
          <select
            value={tag}
            onChange={(e) => {
              setTag(e.currentTarget.value);
            }}
          >
            <option value="">{t('allTags')}</option>
            {tags.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filterType')}
          <select
            value={type}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setType(v === 'image' || v === 'video' ? v : '');
            }}
          >
            <option value="">{t('allTypes')}</option>
            <option value="image">{t('typeImage')}</option>
            <option value="video">{t('typeVideo')}</option>
          </select>
        </label>
      </search>
      <p class="error" role="alert" hidden={!library.error}>
        {library.error ? errorText(library.error) : ''}
      </p>
      {library.data && shown.length === 0 && <p class="empty">{t('libraryEmpty')}</p>}
      <ul class="asset-grid">
        {shown.map((a) => (
          <AssetCard key={a.id} api={api} asset={a} onSaved={library.reload} />
        ))}
      </ul>
    </section>
  );
}
