import { lang as uiLang, t } from './i18n.ts';
import type { DiffPart } from './review-diff.ts';

/**
 * One side of a word diff: the old text with its deleted words marked, or the new one with its inserted
 * words marked. `lang` is the text's language, so the console's bundled font for it draws it and the
 * browser breaks its lines by its own rules; the marks also say in words what they are (for screen readers
 * and for anyone who cannot tell the colours apart).
 */
export function DiffText({
  parts,
  side,
  lang,
}: {
  parts: DiffPart[];
  side: 'before' | 'after';
  lang: string;
}) {
  const hidden = side === 'before' ? 'added' : 'removed';
  return (
    <span lang={lang} class="diff-text" data-side={side}>
      {parts
        .filter((p) => p.kind !== hidden)
        .map((p, i) =>
          p.kind === 'same' ? (
            <span key={i}>{p.text}</span>
          ) : p.kind === 'added' ? (
            <ins key={i} data-diff="inserted">
              <span class="visually-hidden" lang={uiLang()}>
                {t('rvInserted')}{' '}
              </span>
              {p.text}
            </ins>
          ) : (
            <del key={i} data-diff="deleted">
              <span class="visually-hidden" lang={uiLang()}>
                {t('rvDeleted')}{' '}
              </span>
              {p.text}
            </del>
          ),
        )}
    </span>
  );
}
