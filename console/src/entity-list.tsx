import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { t } from './i18n.ts';
import { viewOf, type SortDirection, type SortState } from './list-view.ts';

/** One column of an entity list; a column with `sortValue` can be sorted by its header. */
export interface ListColumn<T> {
  key: string;
  label: string;
  render: (row: T) => ComponentChildren;
  sortValue?: (row: T) => string | number | undefined;
}

/** A filter select the page offers (by gate, by state, by language, by tag…). */
export interface ListFilter<T> {
  key: string;
  label: string;
  options: readonly { value: string; label: string }[];
  test: (row: T, value: string) => boolean;
}

export interface EntityListProps<T> {
  /** Names the table (its caption) and the list's controls for assistive technology. */
  label: string;
  /** A short id for the list, used for element ids and as `data-list` (tests find it by this). */
  name: string;
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** The first column is the row's header (its name). */
  columns: readonly ListColumn<T>[];
  /** The texts the search box looks in (name, texts in every language, …). */
  searchTexts: (row: T) => readonly string[];
  filters?: readonly ListFilter<T>[];
  /** The buttons of a row (open, duplicate, delete). */
  actions?: (row: T) => ComponentChildren;
  /** What an empty list says (nothing stored yet); a search that finds nothing says so itself. */
  empty: string;
  initialSort?: SortState;
  pageSize?: number;
  /** Marks a row (e.g. the one open in the editor) with aria-current. */
  current?: string | undefined;
}

/**
 * A searchable, filterable, sortable, paged table of entities, all in the browser over rows already loaded:
 * the console's lists hold at most a few hundred items in scope.
 */
export function EntityList<T>(props: EntityListProps<T>) {
  const { columns, filters = [], pageSize = 20, name } = props;
  const [query, setQuery] = useState('');
  const [exact, setExact] = useState(false);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [sort, setSort] = useState<SortState | undefined>(props.initialSort);
  const [page, setPage] = useState(1);

  const view = useMemo(() => {
    const tests = filters
      .filter((f) => chosen[f.key])
      .map((f) => (row: T) => f.test(row, chosen[f.key] ?? ''));
    return viewOf({
      rows: props.rows,
      query,
      exact,
      texts: props.searchTexts,
      tests,
      sort,
      sortValue: (row, key) => columns.find((c) => c.key === key)?.sortValue?.(row),
      page,
      pageSize,
    });
  }, [props.rows, props.searchTexts, query, exact, chosen, sort, page, pageSize, filters, columns]);

  const sortBy = (key: string) => {
    const direction: SortDirection =
      sort?.key === key && sort.direction === 'ascending' ? 'descending' : 'ascending';
    setSort({ key, direction });
    setPage(1);
  };
  const searching = query.trim() !== '' || Object.values(chosen).some(Boolean);

  return (
    <div class="entity-list" data-list={name}>
      <div class="row filters" role="search" aria-label={t('listSearchFor', { what: props.label })}>
        <label>
          {t('listSearch')}
          <input
            type="search"
            name={`${name}-search`}
            value={query}
            aria-describedby={`${name}-search-hint`}
            onInput={(e) => {
              setQuery(e.currentTarget.value);
              setPage(1);
            }}
          />
          <span id={`${name}-search-hint`} class="hint">
            {exact ? t('listSearchHintExact') : t('listSearchHint')}
          </span>
        </label>
        {filters.map((f) => (
          <label key={f.key}>
            {f.label}
            <select
              name={`${name}-filter-${f.key}`}
              value={chosen[f.key] ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setChosen((was) => ({ ...was, [f.key]: value }));
                setPage(1);
              }}
            >
              <option value="">{t('listAll')}</option>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label class="check">
          <input
            type="checkbox"
            name={`${name}-exact`}
            checked={exact}
            onChange={(e) => {
              setExact(e.currentTarget.checked);
              setPage(1);
            }}
          />
          {t('listExact')}
        </label>
      </div>
      <p class="small" role="status" data-count={view.total}>
        {t('listCount', { count: view.total })}
      </p>
      {view.total === 0 ? (
        <p class="empty" data-empty>
          {searching ? t('listNoMatch') : props.empty}
        </p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{props.label}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={c.sortValue ? (sort?.key === c.key ? sort.direction : 'none') : undefined}
                  >
                    {c.sortValue ? (
                      <button
                        type="button"
                        class="sort"
                        data-sort={c.key}
                        onClick={() => {
                          sortBy(c.key);
                        }}
                      >
                        {c.label}
                        <span aria-hidden="true">
                          {sort?.key === c.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                        </span>
                      </button>
                    ) : (
                      c.label
                    )}
                  </th>
                ))}
                {props.actions && (
                  <th scope="col">
                    <span class="visually-hidden">{t('listActions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {view.rows.map((row) => {
                const key = props.rowKey(row);
                return (
                  <tr key={key} data-row={key} aria-current={props.current === key ? 'true' : undefined}>
                    {columns.map((c, i) =>
                      i === 0 ? (
                        <th key={c.key} scope="row">
                          {c.render(row)}
                        </th>
                      ) : (
                        <td key={c.key}>{c.render(row)}</td>
                      ),
                    )}
                    {props.actions && <td class="row-actions">{props.actions(row)}</td>}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {view.pages > 1 && (
        <nav class="pager" aria-label={t('listPaging', { what: props.label })}>
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
    </div>
  );
}

/** The usual buttons of a row: open (edit), duplicate, delete; each names its row for screen readers. */
export function RowActions(props: {
  name: string;
  onOpen?: () => void;
  onDuplicate?: () => void;
  onDelete?: () => void;
}) {
  return (
    <span class="actions">
      {props.onOpen && (
        <button
          type="button"
          data-action="open"
          aria-label={t('listOpenFor', { name: props.name })}
          onClick={props.onOpen}
        >
          {t('listOpen')}
        </button>
      )}
      {props.onDuplicate && (
        <button
          type="button"
          data-action="duplicate"
          aria-label={t('listDuplicateFor', { name: props.name })}
          onClick={props.onDuplicate}
        >
          {t('listDuplicate')}
        </button>
      )}
      {props.onDelete && (
        <button
          type="button"
          class="danger"
          data-action="delete"
          aria-label={t('listDeleteFor', { name: props.name })}
          onClick={props.onDelete}
        >
          {t('listDelete')}
        </button>
      )}
    </span>
  );
}
