import { useState } from 'preact/hooks';
import { FieldError } from './field-error.tsx';
import { languageName } from './format.ts';
import { dropText, setText, type LocalizedText } from './gate-calendar.form.ts';
import { PartError, type CalendarErrors } from './gate-calendar-weekly.tsx';
import { t } from './i18n.ts';

/**
 * A short text in Vietnamese and, optionally, other languages (a reason, a holiday's name): one input per
 * language, typed in that language's face; languages of the gate not yet there can be added, any but
 * Vietnamese removed.
 */
export function TextEditor({
  text,
  set,
  languages,
  label,
  name,
  errors,
  pointer,
}: {
  text: LocalizedText;
  set: (text: LocalizedText) => void;
  /** Languages that may be added (the gate's and English). */
  languages: readonly string[];
  label: string;
  name: string;
  errors: CalendarErrors;
  pointer: string;
}) {
  const tags = Object.keys(text).sort((a, b) => (a === 'vi' ? -1 : b === 'vi' ? 1 : 0));
  const missing = languages.filter((l) => !(l in text));
  const [adding, setAdding] = useState('');
  const chosen = missing.includes(adding) ? adding : (missing[0] ?? '');
  return (
    <div class="calendar-text">
      {tags.map((tag) => {
        const at = `${pointer}/${tag}`;
        return (
          <div key={tag} class="row">
            <label>
              {t('calTextIn', { what: label, lang: languageName(tag) })}
              <input
                name={`${name}-${tag}`}
                lang={tag}
                value={text[tag] ?? ''}
                maxLength={200}
                {...errors.input(at)}
                onInput={(e) => {
                  set(setText(text, tag, e.currentTarget.value));
                }}
              />
              <FieldError errors={errors} pointer={at} />
            </label>
            {tag !== 'vi' && (
              <button
                type="button"
                onClick={() => {
                  set(dropText(text, tag));
                }}
              >
                {t('calTextRemove', { lang: languageName(tag) })}
              </button>
            )}
          </div>
        );
      })}
      <PartError errors={errors} pointer={pointer} />
      {missing.length > 0 && (
        <div class="row calendar-text-add">
          <label>
            {t('calTextAddLabel', { what: label })}
            <select
              name={`${name}-add`}
              value={chosen}
              onChange={(e) => {
                setAdding(e.currentTarget.value);
              }}
            >
              {missing.map((l) => (
                <option key={l} value={l}>
                  {languageName(l)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() => {
              if (chosen) set(setText(text, chosen, ''));
            }}
          >
            {t('calTextAdd')}
          </button>
        </div>
      )}
    </div>
  );
}
