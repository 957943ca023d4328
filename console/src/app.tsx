import { useEffect, useMemo, useState } from 'preact/hooks';
import { ApiClient, apiDocumentHref, type Me } from './api.ts';
import { AlertSourcesPage, mayManageSources } from './alert-sources.tsx';
import { AlertTemplatesPage } from './alert-templates.tsx';
import { AlertsPage } from './alerts.tsx';
import { ApprovalsPage } from './approvals.tsx';
import { DashboardPage } from './dashboard.tsx';
import { DataPage } from './data.tsx';
import { EmergencyPage } from './emergency.tsx';
import { FleetPage } from './fleet.tsx';
import { CalendarPage } from './gate-calendar.tsx';
import { applyLang, lang, setLang, t, type MessageKey } from './i18n.ts';
import { LibraryPage } from './library.tsx';
import { connectLive, type LiveSocket } from './live.ts';
import { MessagesPage } from './messages.tsx';
import { PeoplePage } from './people.tsx';
import { PlaylistsPage } from './playlists.tsx';
import { ReportsPage } from './reports.tsx';
import { SchedulesPage } from './schedules.tsx';
import { ScreenPage } from './screen-page.tsx';
import { SignIn } from './signin.tsx';

const pages = [
  'fleet',
  'dashboard',
  'library',
  'messages',
  'playlists',
  'schedules',
  'approvals',
  'emergency',
  'alerts',
  'alert-templates',
  'alert-sources',
  'calendar',
  'data',
  'reports',
  'people',
] as const;
type NavPage = (typeof pages)[number];
/** A screen's own page (#screen/<id>) is reached from the dashboard, not from the tabs. */
type PageName = NavPage | 'screen';
const navKey: Record<NavPage, MessageKey> = {
  fleet: 'navFleet',
  dashboard: 'navDashboard',
  reports: 'navReports',
  library: 'navLibrary',
  messages: 'navMessages',
  playlists: 'navPlaylists',
  schedules: 'navSchedules',
  approvals: 'navApprovals',
  emergency: 'navEmergency',
  alerts: 'navAlerts',
  'alert-templates': 'navAlertTemplates',
  'alert-sources': 'navAlertSources',
  calendar: 'navCalendar',
  data: 'navData',
  people: 'navPeople',
};

/** The tabs a person sees: the alert sources only for whoever may manage them. */
const navPages = (me: Me): NavPage[] =>
  pages.filter((p) => p !== 'alert-sources' || mayManageSources(me.roles));

/** What every page gets: the REST client, the live socket and who is signed in. */
export interface PageProps {
  api: ApiClient;
  live: LiveSocket;
  me: Me;
}

function pageFromHash(): { name: PageName; param: string } {
  const [name = '', ...rest] = location.hash.slice(1).split('/');
  const param = decodeURIComponent(rest.join('/'));
  if (name === 'screen' && param) return { name, param };
  return { name: (pages as readonly string[]).includes(name) ? (name as NavPage) : 'fleet', param: '' };
}

/** The shell: sign-in until there is a session, then the navigation and one page at a time. */
export function App() {
  const api = useMemo(() => new ApiClient(), []);
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [expired, setExpired] = useState(false);
  const [uiLang, setUiLang] = useState(lang());
  const [route, setRoute] = useState(pageFromHash());
  const page = route.name;
  const [live, setLive] = useState<LiveSocket | undefined>(undefined);
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    applyLang();
    api.onUnauthorized = () => {
      setMe((was) => {
        if (was) setExpired(true);
        return null;
      });
    };
    api.me().then(setMe, () => {
      setMe(null);
    });
    const onHash = () => {
      setRoute(pageFromHash());
    };
    addEventListener('hashchange', onHash);
    return () => {
      removeEventListener('hashchange', onHash);
    };
  }, [api]);

  // One socket per session: opened after sign-in (the handshake needs the cookie), closed at sign-out.
  useEffect(() => {
    if (!me) return;
    const socket = connectLive();
    socket.on('connect', () => {
      setConnected(true);
    });
    socket.on('disconnect', () => {
      setConnected(false);
    });
    setLive(socket);
    return () => {
      socket.close();
      setLive(undefined);
    };
  }, [me]);

  // On a phone the tabs scroll in their own row: bring the current one into that row's view.
  useEffect(() => {
    if (me) showCurrentTab();
  }, [me, page, uiLang]);

  const switchLang = () => {
    const next = uiLang === 'vi' ? 'en' : 'vi';
    setLang(next);
    setUiLang(next);
  };
  const signOut = () => {
    void api.logout().finally(() => {
      setMe(null);
    });
  };

  return (
    <>
      <a class="skip-link" href="#main">
        {t('skipToMain')}
      </a>
      <header>
        <h1>{t('appTitle')}</h1>
        <nav aria-label={t('appTitle')}>
          {me && (
            <span class="hint who">
              {t('signedInAs')} <span translate={false}>{me.name}</span>
            </span>
          )}
          {me && (
            <span class={`badge live-state ${connected ? 'badge-ok' : 'badge-muted'}`} role="status">
              {connected ? t('live') : t('offline')}
            </span>
          )}
          <a class="api-link" href={apiDocumentHref} target="_blank" rel="noopener">
            {t('apiReference')}
            <span aria-hidden="true"> ↗</span>
            <span class="visually-hidden"> {t('opensInNewTab')}</span>
          </a>
          <button
            type="button"
            class="lang-switch"
            lang={uiLang === 'vi' ? 'en' : 'vi'}
            aria-label={t('switchLanguageLabel')}
            onClick={switchLang}
          >
            {t('switchLanguage')}
          </button>
          {me && (
            <button type="button" class="sign-out" onClick={signOut}>
              {t('signOut')}
            </button>
          )}
        </nav>
      </header>
      {me && (
        <nav class="tabs" aria-label={t('appTitle')}>
          <ul>
            {navPages(me).map((p) => (
              <li key={p}>
                <a
                  href={`#${p}`}
                  aria-current={p === page || (p === 'dashboard' && page === 'screen') ? 'page' : undefined}
                >
                  {t(navKey[p])}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id="main" tabIndex={-1} key={uiLang}>
        {me === undefined ? null : me === null || !live ? (
          me === null ? (
            <SignIn
              api={api}
              expired={expired}
              onSignedIn={(who) => {
                setExpired(false);
                setMe(who);
              }}
            />
          ) : null
        ) : (
          <Page
            key={`${page}/${route.param}`}
            name={page}
            param={route.param}
            api={api}
            live={live}
            me={me}
          />
        )}
      </main>
    </>
  );
}

/** Scrolls the tabs' row (only it, never the page) so that the current tab is inside it. */
function showCurrentTab(): void {
  const tab = document.querySelector('nav.tabs a[aria-current="page"]');
  const row = tab?.closest('ul');
  if (!tab || !row || row.scrollWidth <= row.clientWidth) return;
  const at = tab.getBoundingClientRect();
  const box = row.getBoundingClientRect();
  const margin = 16;
  if (at.left < box.left) row.scrollLeft -= box.left - at.left + margin;
  else if (at.right > box.right) row.scrollLeft += at.right - box.right + margin;
}

function Page({ name, param, ...props }: PageProps & { name: PageName; param: string }) {
  switch (name) {
    case 'dashboard':
      return <DashboardPage {...props} />;
    case 'screen':
      return <ScreenPage {...props} param={param} />;
    case 'reports':
      return <ReportsPage {...props} />;
    case 'fleet':
      return <FleetPage {...props} />;
    case 'library':
      return <LibraryPage {...props} />;
    case 'messages':
      return <MessagesPage {...props} />;
    case 'playlists':
      return <PlaylistsPage {...props} />;
    case 'schedules':
      return <SchedulesPage {...props} />;
    case 'approvals':
      return <ApprovalsPage {...props} />;
    case 'emergency':
      return <EmergencyPage {...props} />;
    case 'alerts':
      return <AlertsPage {...props} />;
    case 'alert-templates':
      return <AlertTemplatesPage {...props} />;
    case 'alert-sources':
      return <AlertSourcesPage {...props} />;
    case 'data':
      return <DataPage {...props} />;
    case 'calendar':
      return <CalendarPage {...props} />;
    case 'people':
      return <PeoplePage {...props} />;
  }
}
