// The console draws every text with the faces the boards use (shared/fonts.css: fontsource Noto Sans,
// Khmer, Lao, Tai Viet, SC and 'Noto Sans Marks' for Jrai's ơ̆ ư̆), never a system font: an operator
// proofreads Khmer or Lao exactly as a board will draw it, and the Vietnamese interface has its accents
// where they belong. Every face is split into unicode-range files, fetched only when text in their range
// is on the page (a Vietnamese page never downloads Khmer).
//
// fonts.css gives the stacks (font-rules.ts, the same language → family pairs as the player's): the root
// stack draws the interface and any text without a language; an element with a `lang` whose script the
// base face does not draw (km, lo, zh, blt, or a tag with a script subtag such as -Khmr), and everything
// inside it (inputs, textareas and selects inherit: style.css), starts with its script's family.
import '../../shared/fonts.css';
// The interface's semi-bold (headings, labels, badges) in the scripts of its own two languages. Content is
// shown in regular weight: the boards' bold faces (shared/fonts.bold.css) are the player's only.
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import '@fontsource/noto-sans/vietnamese-600.css';
import './fonts.css';

export { fontStack } from './font-rules.ts';
