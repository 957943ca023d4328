import { diffArrays } from 'diff';
import type { Playlist } from './api.ts';
import { itemLine, ownerText } from './describe.ts';
import { languageName } from './format.ts';
import { t } from './i18n.ts';
import type { ReviewNames } from './review-api.ts';
import { ChangeList, changeOf } from './review-parts.tsx';

type Mark = 'kept' | 'added' | 'removed';
const markText = { kept: 'rvItemKept', added: 'rvItemAdded', removed: 'rvItemRemoved' } as const;

/** The playlist's items as lines, in order, each marked kept, added or removed against the approved version. */
function itemLines(
  draft: Playlist,
  approved: Playlist | null,
  names: ReviewNames,
): { line: string; mark: Mark }[] {
  const after = draft.items.map((i) => itemLine(i, names));
  if (!approved) return after.map((line) => ({ line, mark: 'kept' }));
  const before = approved.items.map((i) => itemLine(i, names));
  return diffArrays(before, after).flatMap((c) =>
    c.value.map((line) => ({ line, mark: c.added ? 'added' : c.removed ? 'removed' : 'kept' }) as const),
  );
}

const layoutText = (p: Playlist) => (p.layout ? t(`rvLayout_${p.layout}`) : t('rvLayoutOfScreen'));

const languagesText = (p: Playlist) =>
  p.languages && p.languages.length > 0 ? p.languages.map(languageName).join(', ') : t('rvLanguagesOfScreen');

/** A playlist under review: its owner, languages and items as readable lines, changes marked. */
export function PlaylistReview({
  draft,
  approved,
  names,
}: {
  draft: Playlist;
  approved: Playlist | null;
  names: ReviewNames;
}) {
  const changes = approved
    ? [
        ...changeOf(t('rvName'), approved.name, draft.name),
        ...changeOf(t('rvOwner'), ownerText(approved, names.gates), ownerText(draft, names.gates)),
        ...changeOf(t('rvLanguages'), languagesText(approved), languagesText(draft)),
        ...changeOf(t('rvLayout'), layoutText(approved), layoutText(draft)),
      ]
    : [];
  const lines = itemLines(draft, approved, names);
  return (
    <>
      <ChangeList changes={changes} isNew={!approved} />
      <dl class="facts">
        <dt>{t('rvOwner')}</dt>
        <dd>{ownerText(draft, names.gates)}</dd>
        <dt>{t('rvLanguages')}</dt>
        <dd>{languagesText(draft)}</dd>
        <dt>{t('rvLayout')}</dt>
        <dd>{layoutText(draft)}</dd>
      </dl>
      <section aria-labelledby="rv-items">
        <h4 id="rv-items">{t('rvItemsHeading')}</h4>
        {lines.length === 0 ? (
          <p class="muted">{t('rvItemsNone')}</p>
        ) : (
          <ol class="review-items">
            {lines.map(({ line, mark }, i) => (
              <li key={i} data-mark={mark} class={`item-${mark}`}>
                {approved && mark !== 'kept' && <span class="badge badge-warn">{t(markText[mark])}</span>}{' '}
                {mark === 'removed' ? <del>{line}</del> : mark === 'added' ? <ins>{line}</ins> : line}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
