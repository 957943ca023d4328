import type { ApprovalStatus, Message } from './api.ts';
import { gatesOfMessage } from '../../shared/message.languages.ts';
import { ownerText } from './describe.ts';
import { languageName } from './format.ts';
import { t, type MessageKey } from './i18n.ts';
import { ReadabilityTable } from './legibility.tsx';
import { PreviewPanel, type PreviewItem } from './preview.tsx';
import type { ReviewNames } from './review-api.ts';
import { fieldChanged, languagesOf, looksUntranslated, textFields, wordDiff } from './review-diff.ts';
import { ChangeList, changeOf } from './review-parts.tsx';
import { DiffText } from './review-text.tsx';

type Variants = Message['variants'];

const levelText = (m: Message) => t(`rvLevel_${m.level ?? 'normal'}` as MessageKey);

/** A message under review: what changed in words, each language's text before and after, what is missing, and the screen. */
export function MessageReview({
  draft,
  approved,
  status,
  names,
}: {
  draft: Message;
  approved: Message | null;
  status: ApprovalStatus;
  names: ReviewNames;
}) {
  const changes = approved
    ? [
        ...changeOf(t('rvName'), approved.name, draft.name),
        ...changeOf(t('rvLevel'), levelText(approved), levelText(draft)),
        ...changeOf(t('rvOwner'), ownerText(approved, names.gates), ownerText(draft, names.gates)),
      ]
    : [];
  const copies = looksUntranslated(draft.variants);
  return (
    <>
      <ChangeList changes={changes} isNew={!approved} />
      <section class="review-texts" aria-labelledby="rv-texts">
        <h4 id="rv-texts">{t('rvTextsHeading')}</h4>
        <p class="hint">{t('rvDiffLegend')}</p>
        {languagesOf(approved?.variants, draft.variants).map((lang) => (
          <LanguageDiff
            key={lang}
            lang={lang}
            before={approved ? approved.variants : undefined}
            after={draft.variants}
            copies={copies.get(lang)}
          />
        ))}
      </section>
      <MissingLanguages status={status} />
      <Previews draft={draft} approved={approved} names={names} />
    </>
  );
}

function LanguageDiff({
  lang,
  before,
  after,
  copies,
}: {
  lang: string;
  before: Variants | undefined;
  after: Variants;
  copies: string | undefined;
}) {
  const old = before?.[lang];
  const now = after[lang];
  const state =
    !old && before
      ? 'added'
      : !now
        ? 'removed'
        : textFields.some((f) => fieldChanged(old, now, f))
          ? 'changed'
          : 'same';
  const badge = {
    added: ['badge-warn', 'rvLangAdded'],
    removed: ['badge-bad', 'rvLangRemoved'],
    changed: ['badge-warn', 'rvLangChanged'],
    same: ['badge-muted', 'rvLangSame'],
  } as const;
  const [badgeClass, badgeKey] = badge[before ? state : 'added'];
  const fields = textFields.filter((f) => (old?.[f] ?? '') !== '' || (now?.[f] ?? '') !== '');
  const headingId = `rv-lang-${lang}`;
  return (
    <section class="lang-diff" data-lang={lang} data-state={state} aria-labelledby={headingId}>
      <h5 id={headingId}>
        {languageName(lang)} <span class={`badge ${badgeClass}`}>{t(badgeKey)}</span>
      </h5>
      {copies && (
        <p class="warning" data-untranslated={lang}>
          {t('rvUntranslated', { other: languageName(copies) })}
        </p>
      )}
      <table class="diff-table">
        <caption class="visually-hidden">{languageName(lang)}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('rvBefore')}</th>
            <th scope="col">{t('rvAfter')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => {
            const parts = wordDiff(old?.[field] ?? '', now?.[field] ?? '', lang);
            return (
              <tr key={field} data-field={field}>
                <th scope="row">{t(`rvField_${field}` as MessageKey)}</th>
                <td>{old ? <DiffText parts={parts} side="before" lang={lang} /> : '—'}</td>
                <td>{now ? <DiffText parts={parts} side="after" lang={lang} /> : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** The languages the screens concerned show that the draft lacks, and whether its author acknowledged each. */
function MissingLanguages({ status }: { status: ApprovalStatus }) {
  const missing = status.missingLanguages;
  return (
    <section class="review-missing" aria-labelledby="rv-missing">
      <h4 id="rv-missing">{t('rvMissingHeading')}</h4>
      {missing.length === 0 ? (
        <p class="small">{t('rvMissingNone')}</p>
      ) : (
        <>
          <p>{t('rvMissingIntro')}</p>
          <ul>
            {missing.map((lang) => (
              <li
                key={lang}
                data-missing={lang}
                data-acknowledged={status.acknowledgedMissing.includes(lang)}
              >
                {status.acknowledgedMissing.includes(lang)
                  ? t('rvMissingAcknowledged', {
                      lang: languageName(lang),
                      by: status.submittedBy?.name ?? t('rvUnknown'),
                    })
                  : t('rvMissingUnacknowledged', { lang: languageName(lang) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

const previewOf = (m: Message): PreviewItem[] => [
  { type: 'message', name: m.name, level: m.level ?? 'normal', variants: m.variants, duration: 10 },
];

/** The old and the new version side by side, each drawn by the player at a screen's exact size. */
function Previews({
  draft,
  approved,
  names,
}: {
  draft: Message;
  approved: Message | null;
  names: ReviewNames;
}) {
  const reached = gatesOfMessage(draft, names.playlists, names.schedules, names.screens, names.gates);
  // Only screens the message reaches: another gate's board would preview languages it never shows.
  const screens = names.screens.filter((s) => reached.has(s.gateId));
  return (
    <section class="review-previews" aria-labelledby="rv-previews">
      <h4 id="rv-previews">{t('rvPreviewHeading')}</h4>
      <div class="two-columns">
        <figure data-preview="before">
          <figcaption>{t('rvPreviewBefore')}</figcaption>
          {approved ? (
            <PreviewPanel screens={screens} gates={names.gates} items={previewOf(approved)} />
          ) : (
            <p class="muted">{t('rvPreviewNothingBefore')}</p>
          )}
        </figure>
        <figure data-preview="after">
          <figcaption>{t('rvPreviewAfter')}</figcaption>
          <PreviewPanel screens={screens} gates={names.gates} items={previewOf(draft)} />
          <ReadabilityTable screens={screens} gates={names.gates} items={previewOf(draft)} />
        </figure>
      </div>
    </section>
  );
}
