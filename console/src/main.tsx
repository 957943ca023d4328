// Only the subsets Vietnamese and English need; the browser fetches a file only when a page uses its range.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/vietnamese-600.css';
// Operators proofread every script the boards show, so the console carries the boards' fonts too; each file
// covers a unicode-range and is fetched only when text in that range appears.
import '@fontsource/noto-sans-khmer/khmer-400.css';
import '@fontsource/noto-sans-lao/lao-400.css';
import '@fontsource/noto-sans-tai-viet/tai-viet-400.css';
import '@fontsource/noto-sans-sc/400.css';
import './style.css';
import { render } from 'preact';
import { App } from './app.tsx';

const root = document.getElementById('app');
if (!root) throw new Error('#app is missing from index.html');
render(<App />, root);
