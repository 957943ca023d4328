// Only the subsets Vietnamese and English need; the browser fetches a file only when a page uses its range.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/vietnamese-600.css';
import './style.css';
import { ApiClient } from './api.ts';
import { h } from './dom.ts';
import { FleetView } from './fleet.ts';
import { applyLang, lang, setLang, t } from './i18n.ts';
import { clearToken, loadToken } from './session.ts';
import { SignInView } from './signin.ts';

type View = SignInView | FleetView;

const root = document.getElementById('app');
if (!root) throw new Error('#app is missing from index.html');

const skip = h('a', { class: 'skip-link', href: '#main' });
const title = h('h1', {});
const apiLinkText = h('span', {});
const newTabNote = h('span', { class: 'visually-hidden' });
const apiLink = h(
  'a',
  { href: '/api/openapi.json', target: '_blank', rel: 'noopener' },
  apiLinkText,
  h('span', { 'aria-hidden': 'true' }, ' ↗'),
  newTabNote,
);
const langButton = h('button', { type: 'button' });
const signOutButton = h('button', { type: 'button' });
const main = h('main', { id: 'main', tabindex: '-1' });
root.append(skip, h('header', {}, title, h('nav', {}, apiLink, langButton, signOutButton)), main);

let view: View;

/** Writes every string of the shell in the current language. */
function renderShell(): void {
  applyLang();
  skip.textContent = t('skipToMain');
  title.textContent = t('appTitle');
  apiLinkText.textContent = t('apiReference');
  newTabNote.textContent = ` ${t('opensInNewTab')}`;
  langButton.textContent = t('switchLanguage');
  // The button names the other language in that language.
  langButton.lang = lang() === 'vi' ? 'en' : 'vi';
  langButton.setAttribute('aria-label', t('switchLanguageLabel'));
  signOutButton.textContent = t('signOut');
  signOutButton.hidden = view instanceof SignInView;
}

function show(next: View): void {
  if (view instanceof FleetView) view.stop();
  view = next;
  main.replaceChildren(next.element);
  renderShell();
  if (next instanceof FleetView) next.start();
}

function showSignIn(error?: () => string): void {
  const signIn = new SignInView(showFleet, error);
  show(signIn);
  signIn.focus();
}

function showFleet(token: string): void {
  show(
    new FleetView(new ApiClient(token), () => {
      clearToken();
      showSignIn(() => t('sessionExpired'));
    }),
  );
}

langButton.addEventListener('click', () => {
  setLang(lang() === 'vi' ? 'en' : 'vi');
  renderShell();
  view.render();
});
signOutButton.addEventListener('click', () => {
  clearToken();
  showSignIn();
});

const saved = loadToken();
if (saved) showFleet(saved);
else showSignIn();
