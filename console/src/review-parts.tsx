import { t } from './i18n.ts';

/** One changed property, said in words: "Mức độ: Bình thường → Ưu tiên". */
export interface Change {
  what: string;
  before: string;
  after: string;
}

/** A change of a property between the approved version (absent: new) and the draft, if any. */
export function changeOf(what: string, before: string | undefined, after: string): Change[] {
  return before === undefined || before === after
    ? []
    : [{ what, before: before || t('rvNone'), after: after || t('rvNone') }];
}

/** The changed properties of an item, in words; says so when nothing but the parts below changed. */
export function ChangeList({ changes, isNew }: { changes: Change[]; isNew: boolean }) {
  if (isNew)
    return (
      <p class="badge badge-warn" data-new>
        {t('rvNew')}
      </p>
    );
  if (changes.length === 0) return null;
  return (
    <div class="review-changes">
      <h4>{t('rvChangedParts')}</h4>
      <ul>
        {changes.map((c) => (
          <li key={c.what} data-change={c.what}>
            <strong>{c.what}</strong>: <del>{c.before}</del> → <ins>{c.after}</ins>
          </li>
        ))}
      </ul>
    </div>
  );
}
