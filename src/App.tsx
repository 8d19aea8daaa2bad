import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { useAtlas } from './data/loadAtlas';
import { DetailsPanel } from './features/details/DetailsPanel';
import { FilterPanel } from './features/filters/FilterPanel';
import { ProjectList } from './features/list/ProjectList';
import { Header } from './features/shell/Header';
import { LoadFailure, Loading } from './features/shell/LoadState';
import { UrlNotices } from './features/shell/UrlNotices';
import { useAtlasReconciliation } from './features/shell/useAtlasReconciliation';
import { SearchBox } from './features/search/SearchBox';
import { SpeechReader } from './features/speeches/SpeechReader';
import { i18n } from './i18n/i18n';
import { MapView } from './map/MapView';
import { browserLanguage, startUrlSync } from './state/urlSync';
import { useViewStore } from './state/viewStore';

export function App() {
  const [queryClient] = useState(() => new QueryClient());
  useEffect(() => startUrlSync(browserLanguage(navigator.languages)), []);
  const language = useViewStore((state) => state.language);
  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [language]);

  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <AtlasScreen />
      </I18nextProvider>
    </QueryClientProvider>
  );
}

function AtlasScreen() {
  const { t } = useTranslation('shell');
  const query = useAtlas();
  useAtlasReconciliation(query.data);
  const speechOpen = useViewStore((state) => state.speech !== null);
  return (
    <div className="app">
      <Header search={query.data && <SearchBox data={query.data} />} />
      <UrlNotices />
      {query.isPending && <Loading />}
      {query.isError && <LoadFailure error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && (
        <main className="layout">
          <aside className="sidebar" aria-label={t('sidebar')}>
            <FilterPanel data={query.data} />
            <ProjectList data={query.data} />
          </aside>
          <div className="map-area">
            <MapView data={query.data} />
          </div>
          <DetailsPanel data={query.data} />
          {speechOpen && <SpeechReader data={query.data} />}
        </main>
      )}
    </div>
  );
}
