import type { Asset, AssetInput } from '../api.ts';
import { formatList } from '../list-field.ts';
import { listOf } from './fields.ts';

/**
 * A library item's editable fields (its name and tags; the bytes never change) and the body a save sends:
 * `bodyOf(formOf(x), x)` is exactly x's name and tags (test/unit/console-forms.asset.test.ts).
 */

export interface AssetForm {
  name: string;
  /** Comma-separated tags. */
  tags: string;
}

export function formOf(stored: Asset): AssetForm {
  return { name: stored.name, tags: formatList(stored.tags) };
}

/** The body a save sends; tags are lower case, as the schema's tag pattern asks. */
export function bodyOf(form: AssetForm, stored: Asset): AssetInput {
  const tags = listOf(form.tags, stored.tags !== undefined).list?.map((x) => x.toLowerCase());
  return { name: form.name, ...(tags ? { tags } : {}) };
}
