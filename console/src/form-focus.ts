import { useEffect } from 'preact/hooks';

const fields = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * When an editor opens (or switches to another item, `key`), scrolls it into view and moves focus to its
 * first field: a form opened below the fold with focus left on the list is lost to keyboard users.
 */
export function useFormFocus(form: { readonly current: HTMLElement | null }, key: unknown): void {
  useEffect(() => {
    const element = form.current;
    if (!element) return;
    element.scrollIntoView({ block: 'start', behavior: 'auto' });
    element.querySelector<HTMLElement>(fields)?.focus({ preventScroll: true });
  }, [key, form]);
}
