import { useMemo, useState } from 'preact/hooks';
import type { Asset } from './api.ts';
import type { PageProps } from './app.tsx';
import { AssetCard } from './asset-card.tsx';
import { fleetApi } from './fleet-api.ts';
import { refusalText } from './fleet-list.tsx';
import { formatInstant } from './format.ts';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';
import { viewOf } from './list-view.ts';
import { uploadErrorKey } from './upload-error.ts';
import { uploadAsset } from './upload.ts';
import './fleet-list.css';

interface Upload {
  key: string;
  name: string;
  sent: number;
  error?: string;
  done?: boolean;
}

type Sort = 'name' | 'name-desc' | 'newest' | 'oldest' | 'largest' | 'smallest';
const sorts: readonly Sort[] = ['name', 'name-desc', 'newest', 'oldest', 'largest', 'smallest'];
const sortLabel = {
  name: 'libSortNameAsc',
  'name-desc': 'libSortNameDesc',
  newest: 'libSortNewest',
  oldest: 'libSortOldest',
  largest: 'libSortLargest',
  smallest: 'libSortSmallest',
} as const;
const sortState = {
  name: { key: 'name', direction: 'ascending' },
  'name-desc': { key: 'name', direction: 'descending' },
  newest: { key: 'date', direction: 'descending' },
  oldest: { key: 'date', direction: 'ascending' },
  largest: { key: 'size', direction: 'descending' },
  smallest: { key: 'size', direction: 'ascending' },
} as const;
const sortValue = (a: Asset, key: string): string | number =>
  key === 'size' ? a.size : key === 'date' ? a.createdAt : a.name;
const PAGE_SIZE = 24;

/** A file size in the units a person reads (kB, MB), in the interface's number format. */
function sizeText(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString('vi-VN', { maximumFractionDigits: digits })} ${units[unit] ?? ''}`;
}

/**
 * The media library: several uploads at once (picker or drag and drop anywhere on the page), thumbnails,
 * search, filters by tag and type, sort (name, upload date, size), pages; an item is deleted after a
 * confirmation, and a refusal (a playlist shows it) says why and which playlists.
 */
export function LibraryPage({ api }: PageProps) {
  const library = useLoad(() => api.assets(), [api]);
  const calls = useMemo(() => fleetApi(api), [api]);
  const [sort, setSort] = useState<Sort>('name');
  const [page, setPage] = useState(1);
  const [note, setNote] = useState('');
  const [refusal, setRefusal] = useState('');
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
  const view = viewOf({
    rows: assets,
    query: '',
    texts: () => [],
    tests: [
      (a) => !needle || a.name.toLocaleLowerCase('vi').includes(needle),
      (a) => !tag || (a.tags ?? []).includes(tag),
      (a) => !type || a.type === type,
    ],
    sort: sortState[sort],
    sortValue,
    page,
    pageSize: PAGE_SIZE,
  });
  const shown = view.rows;
  const remove = (asset: Asset) => {
    if (!confirm(t('libConfirmDelete', { name: asset.name }))) return;
    calls.deleteAsset(asset.id).then(
      () => {
        setRefusal('');
        setNote(t('flDeleted', { name: asset.name }));
        library.reload();
        // The deleted card's button goes with it: focus waits in the search box, not on the page.
        document.querySelector<HTMLElement>('.library input[type="search"]')?.focus();
      },
      async (err: unknown) => {
        setNote('');
        setRefusal(t('flNotDeleted', { name: asset.name, why: await refusalText(api, err, []) }));
      },
    );
  };
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
              setPage(1);
            }}
          />
        </label>
        <label>
          {t('filterTag')}
          <select
            value={tag}
            onChange={(e) => {
              setTag(e.currentTarget.value);
              setPage(1);
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
              setPage(1);
            }}
          >
            <option value="">{t('allTypes')}</option>
            <option value="image">{t('typeImage')}</option>
            <option value="video">{t('typeVideo')}</option>
          </select>
        </label>
        <label>
          {t('libSort')}
          <select
            name="library-sort"
            value={sort}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setSort(sorts.find((x) => x === v) ?? 'name');
              setPage(1);
            }}
          >
            {sorts.map((x) => (
              <option key={x} value={x}>
                {t(sortLabel[x])}
              </option>
            ))}
          </select>
        </label>
      </search>
      <p class="error" role="alert" hidden={!library.error}>
        {library.error ? errorText(library.error) : ''}
      </p>
      <p class="error" role="alert" data-library-refusal>
        {refusal}
      </p>
      <p class="library-status" role="status">
        {note}
      </p>
      {library.data && <p class="small">{t('libCount', { count: view.total })}</p>}
      {library.data && shown.length === 0 && <p class="empty">{t('libraryEmpty')}</p>}
      <ul class="asset-grid">
        {shown.map((a) => (
          // The card (asset-card.tsx) is a list item of its own: it sits in a list of one inside this item,
          // with the facts it does not show and the delete button under it.
          <li key={a.id} class="asset-cell" data-asset-cell={a.id}>
            <ul aria-label={t('libItemsOf', { name: a.name })}>
              <AssetCard api={api} asset={a} onSaved={library.reload} />
            </ul>
            <div class="asset-more">
              <span class="small">
                {t('libFacts', { size: sizeText(a.size), date: formatInstant(a.createdAt) })}
              </span>
              <button
                type="button"
                class="danger"
                aria-label={t('libDeleteFor', { name: a.name })}
                onClick={() => {
                  remove(a);
                }}
              >
                {t('flDelete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {view.pages > 1 && (
        <nav class="pager" aria-label={t('libPaging')}>
          <button
            type="button"
            aria-disabled={view.page <= 1 ? 'true' : undefined}
            onClick={() => {
              if (view.page > 1) setPage(view.page - 1);
            }}
          >
            {t('listPrevious')}
          </button>
          <span data-page={view.page} aria-live="polite">
            {t('listPage', { page: view.page, pages: view.pages })}
          </span>
          <button
            type="button"
            aria-disabled={view.page >= view.pages ? 'true' : undefined}
            onClick={() => {
              if (view.page < view.pages) setPage(view.page + 1);
            }}
          >
            {t('listNext')}
          </button>
        </nav>
      )}
    </section>
  );
}
