// The console's font stacks, from the pairs in shared/fonts.ts (the player's): pure, so that a unit test
// can hold console/src/fonts.css to them (the stylesheet is static: the CSP allows no injected <style>).
import { baseFamily, fontFamilyFor, marksFamily, scriptFamilies } from '../../shared/fonts.ts';

/** What the browser uses for a character in no bundled face (there should be none). */
const generic = 'sans-serif';

/** The CSS font-family stack for text in `lang` (the interface's when undefined): its family, then the rest. */
export function fontStack(lang?: string): string {
  return stackOf(lang ? fontFamilyFor(lang) : baseFamily);
}

/** A family first, then the base, the marks face (a Latin cluster the base cannot draw whole) and the others. */
function stackOf(first: string): string {
  const others = scriptFamilies().map((f) => f.family);
  return [...new Set([first, baseFamily, marksFamily, ...others])].map(quote).join(', ') + `, ${generic}`;
}

/**
 * The rules of console/src/fonts.css: the root's stack (and any `[lang]` element's, listed first so that a
 * Vietnamese span inside Khmer starts again), then each script family's for its languages and script subtag.
 */
export function fontRules(): string {
  const rules = [`:root, [lang] { font-family: ${stackOf(baseFamily)}; }`];
  for (const { family, languages, scripts } of scriptFamilies()) {
    const selectors = [
      ...languages.map((l) => `:lang(${l})`),
      ...scripts.flatMap((s) => [`[lang*='-${s}-' i]`, `[lang$='-${s}' i]`]),
    ];
    rules.push(`${selectors.join(', ')} { font-family: ${stackOf(family)}; }`);
  }
  return rules.join('\n');
}

function quote(family: string): string {
  return `'${family.replace(/['\\]/g, '')}'`;
}
