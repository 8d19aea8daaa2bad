import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { lazyWithPreload } from 'react-lazy-with-preload';
import { NO_DATASET, shippedAtlasUrl, useAtlas, type AtlasSource } from './data/loadAtlas';
import { EmbedButton } from './features/embed/EmbedButton';
import { CiteButton } from './features/cite/CiteButton';
import { PrintBriefButton } from './features/brief/PrintBriefButton';
import { DetailsPanel } from './features/details/DetailsPanel';
import { FilterPanel } from './features/filters/FilterPanel';
import { ProjectList } from './features/list/ProjectList';
import { DatasetBanner, OpenDatasetButton, useDroppedFile } from './features/shell/DatasetControls';
import { Header } from './features/shell/Header';
import { LoadFailure, Loading } from './features/shell/LoadState';
import { UrlNotices } from './features/shell/UrlNotices';
import { UpdatedNotice } from './features/shell/UpdatedNotice';
import { useAtlasReconciliation } from './features/shell/useAtlasReconciliation';
import { VIEW_PANEL_ID, ViewTabs, viewTabId } from './features/shell/ViewTabs';
import { DeferredMapView } from './features/shell/DeferredMapView';
import { LayerMessages } from './features/layers/LayerMessages';
import { useReferenceLayers } from './features/layers/useReferenceLayers';
import { isAtlasFile } from './features/layers/isAtlasFile';
import { i18n } from './i18n/i18n';
import { basemapQuery } from './map/basemapQuery';
import type { MapSnapshot } from './map/snapshotMap';
import { pickViewState, useViewStore } from './state/viewStore';
import { serializeViewState, type EmbedMode } from './state/viewState';

// The first view needs only the map, filters and list; the rest loads when first used.
const SpeechReader = lazy(() => import('./features/speeches/SpeechReader').then((module) => ({ default: module.SpeechReader })));
// The search box is part of the prerendered first view: the build loads it before rendering.
const SearchBox = lazyWithPreload(() => import('./features/search/SearchBox').then((module) => ({ default: module.SearchBox })));
const StatisticsView = lazy(() => import('./features/stats/StatisticsView').then((module) => ({ default: module.StatisticsView })));
const LayerTotals = lazy(() => import('./features/layers/LayerTotals').then((module) => ({ default: module.LayerTotals })));
// A visitor's own layers: their legend and column dialog load with the first layer opened.
const ColumnMappingDialog = lazy(() => import('./features/layers/ColumnMappingDialog').then((module) => ({ default: module.ColumnMappingDialog })));
const ReferenceLayerLegend = lazy(() => import('./features/layers/ReferenceLayerLegend').then((module) => ({ default: module.ReferenceLayerLegend })));
// An embed loads its own screen; the full atlas never loads it.
const EmbedScreen = lazy(() => import('./features/embed/EmbedScreen').then((module) => ({ default: module.EmbedScreen })));
const EmbedProjectCard = lazy(() => import('./features/embed/EmbedProjectCard').then((module) => ({ default: module.EmbedProjectCard })));
const CiteCard = lazy(() => import('./features/cite/CiteCard').then((module) => ({ default: module.CiteCard })));
const CompareView = lazy(() => import('./features/compare/CompareView').then((module) => ({ default: module.CompareView })));

/** Loads the lazy parts of the default first view, so that a render at build time has them at hand. */
export function preloadFirstView(): Promise<unknown> {
  return SearchBox.preload();
}

const SIDEBAR_ID = 'sidebar';
/** The list's id (ProjectList sets it): the skip link's target. */
const PROJECT_LIST_ID = 'project-list';

export function App() {
  const [queryClient] = useState(() => new QueryClient());
  // The basemap is asked for at once, not when the map mounts (an effect: not at build time).
  useEffect(() => {
    void queryClient.prefetchQuery(basemapQuery);
  }, [queryClient]);
  const language = useViewStore((state) => state.language);
  useEffect(() => {
    void i18n.changeLanguage(language);
  }, [language]);

  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <ChosenScreen />
      </I18nextProvider>
    </QueryClientProvider>
  );
}

function ChosenScreen() {
  const embed = useViewStore((state) => state.embed);
  return embed === null ? <AtlasScreen /> : <EmbeddedScreen mode={embed} />;
}

/** What an iframe shows: the map with the selected project's card, or one figure's citation card. */
function EmbeddedScreen({ mode }: { mode: EmbedMode }) {
  const { t } = useTranslation('shell');
  const datasetUrl = useViewStore((state) => state.dataset);
  const language = useViewStore((state) => state.language);
  const projectId = useViewStore((state) => state.project);
  const figureId = useViewStore((state) => state.figure);
  // The same view in the full atlas.
  const fullLink = useViewStore((state) => serializeViewState({ ...pickViewState(state), embed: null, figure: null }));
  const { query, progress } = useAtlas({ kind: 'url', url: datasetUrl ?? shippedAtlasUrl() });
  useAtlasReconciliation(query.data);
  const data = query.data;
  if (query.isError) return <LoadFailure error={query.error} onRetry={() => void query.refetch()} />;
  if (data === undefined) return <Loading progress={progress} />;
  const project = projectId === null ? undefined : data.projectsById.get(projectId);
  const card =
    mode === 'figure' ? (
      <CiteCard data={data} figureId={figureId ?? ''} language={language} />
    ) : project === undefined ? null : (
      <EmbedProjectCard data={data} project={project} language={language} />
    );
  return (
    <Suspense fallback={<p role="status">{t('loading')}</p>}>
      <EmbedScreen map={mode === 'map' ? <DeferredMapView data={data} /> : null} card={card} fullLink={fullLink} notices={<UrlNotices />} />
    </Suspense>
  );
}

function AtlasScreen() {
  const { t } = useTranslation('shell');
  const datasetUrl = useViewStore((state) => state.dataset);
  const openDataset = useViewStore((state) => state.openDataset);
  const [file, setFile] = useState<File | null>(null);
  const layers = useReferenceLayers();
  const language = useViewStore((state) => state.language);
  const { t: tLayers } = useTranslation('layers');
  // An atlas replaces the dataset; any other file (CSV, TSV, GeoJSON) joins the map as a reference layer.
  const openFile = (picked: File) => {
    void isAtlasFile(picked).then((atlas) => {
      if (!atlas) {
        void layers.openFile(picked);
        return;
      }
      openDataset(null);
      setFile(picked);
    });
  };
  const backToForum = () => {
    setFile(null);
    openDataset(null);
  };
  useDroppedFile(openFile);
  const [drawerOpen, setDrawerOpen] = useState(false);
  // On a phone the sidebar is a drawer: choosing a project closes it so the map and details show.
  const selectedProject = useViewStore((state) => state.project);
  useEffect(() => setDrawerOpen(false), [selectedProject]);
  const drawerCloseRef = useRef<HTMLButtonElement>(null);
  const drawerToggleRef = useRef<HTMLButtonElement>(null);
  // Opened by its toggle, the drawer takes focus at its close button; opened by the skip link, at the list.
  const drawerFocusTarget = useRef<'close' | 'list'>('close');
  useEffect(() => {
    if (drawerOpen) (drawerFocusTarget.current === 'list' ? document.getElementById(PROJECT_LIST_ID) : drawerCloseRef.current)?.focus();
    drawerFocusTarget.current = 'close';
  }, [drawerOpen]);
  /** Closed by the visitor (not by choosing a project, which focuses the details): focus returns to the toggle. */
  const closeDrawer = () => {
    setDrawerOpen(false);
    drawerToggleRef.current?.focus();
  };
  const skipToList = (event: MouseEvent) => {
    event.preventDefault();
    const toggle = drawerToggleRef.current;
    // The toggle shows only where the list lives in a drawer (a phone); elsewhere the list is always shown.
    const inDrawer = toggle !== null && getComputedStyle(toggle).display !== 'none';
    if (inDrawer && !drawerOpen) {
      drawerFocusTarget.current = 'list';
      setDrawerOpen(true);
    } else document.getElementById(PROJECT_LIST_ID)?.focus();
  };
  const source: AtlasSource = file !== null ? { kind: 'file', file } : { kind: 'url', url: datasetUrl ?? shippedAtlasUrl() };
  const { query, progress } = useAtlas(source);
  useAtlasReconciliation(query.data);
  const speechOpen = useViewStore((state) => state.speech !== null);
  const view = useViewStore((state) => state.view);
  const data = query.data;
  // Once the map is up it stays up while another dataset is read (MapLibre and deck.gl are not
  // rebuilt), holding no projects so that the dataset left behind can be released.
  const [mapUp, setMapUp] = useState(false);
  if (data !== undefined && !mapUp) setMapUp(true);
  const switching = data === undefined && query.isPending && mapUp;
  // Details and comparison show the cite feature's button beside each figure; the shell composes them.
  const citeFigure = (figureId: string, subject: string) => data && <CiteButton data={data} figureId={figureId} subject={subject} />;
  const visibleReferences = useMemo(() => layers.open.filter((layer) => layer.visible), [layers.open]);
  // The map hands "Print brief" the function that pictures it.
  const mapSnapshot = useRef<MapSnapshot | null>(null);
  return (
    <div className="app">
      <a className="skip-link" href={`#${PROJECT_LIST_ID}`} onClick={skipToList}>
        {t('skipToList')}
      </a>
      <Header
        drawerButton={
          <button
            ref={drawerToggleRef}
            type="button"
            className="drawer-toggle"
            aria-expanded={drawerOpen}
            aria-controls={SIDEBAR_ID}
            onClick={() => setDrawerOpen((open) => !open)}
          >
            {t('filtersAndList')}
          </button>
        }
        datasetButton={<OpenDatasetButton onFile={openFile} />}
        firstSpeech={data?.atlas.speeches[0]?.id ?? null}
        shareButtons={
          <>
            <EmbedButton />
            <PrintBriefButton data={data} snapshotRef={mapSnapshot} />
          </>
        }
        linkNote={layers.hasFileLayers ? tLayers('notInLink') : null}
        search={
          data && (
            <Suspense fallback={null}>
              <SearchBox data={data} />
            </Suspense>
          )
        }
      />
      <UrlNotices />
      <UpdatedNotice />
      {(file !== null || datasetUrl !== null) && (
        <DatasetBanner name={file?.name ?? datasetUrl ?? ''} kept={file === null} onReset={backToForum} />
      )}
      <LayerMessages reading={layers.reading} failures={layers.failures} onDismiss={layers.dismissFailures} language={language} />
      {layers.choice !== null && (
        <Suspense fallback={null}>
          <ColumnMappingDialog choice={layers.choice} onChoose={layers.chooseColumns} />
        </Suspense>
      )}
      {query.isPending && !mapUp && (
        <main>
          <Loading progress={progress} />
        </main>
      )}
      {query.isError && <LoadFailure error={query.error} onRetry={() => void query.refetch()} />}
      {(data !== undefined || switching) && (
        <main className="layout" aria-busy={switching}>
          <aside
            id={SIDEBAR_ID}
            className={drawerOpen ? 'sidebar sidebar--open' : 'sidebar'}
            aria-label={t('sidebar')}
            onKeyDown={(event) => {
              // Escape closes the topmost layer only: a chooser or list inside has taken it already.
              if (event.key !== 'Escape' || event.defaultPrevented || !drawerOpen) return;
              event.preventDefault();
              closeDrawer();
            }}
          >
            <button ref={drawerCloseRef} type="button" className="drawer-close" onClick={closeDrawer}>
              {t('closeDrawer')}
            </button>
            {data && <FilterPanel data={data} />}
            {data && <ProjectList data={data} />}
          </aside>
          <div className="main-area">
            <ViewTabs />
            <div className="map-area" id={VIEW_PANEL_ID} role="tabpanel" aria-labelledby={viewTabId(view)}>
              {/* The map stays mounted under the other views, so returning to it is instant. */}
              <DeferredMapView
                data={data ?? NO_DATASET}
                references={visibleReferences}
                snapshotRef={mapSnapshot}
                referenceLegend={(capacityScale, counted) =>
                  layers.open.length > 0 && (
                    <Suspense fallback={null}>
                      <ReferenceLayerLegend layers={layers.open} counted={counted} capacityScale={capacityScale} language={language} onToggle={layers.toggle} onRemove={layers.remove} />
                    </Suspense>
                  )
                }
              />
              {data && view !== 'map' && (
                <div className="view-overlay">
                  <Suspense fallback={<p role="status">{t('loading')}</p>}>
                    {view === 'stats' ? <StatisticsView data={data} beside={(speechesMw) => <LayerTotals layers={layers.open} speechesMw={speechesMw} language={language} />} /> : <CompareView data={data} citeFigure={citeFigure} />}
                  </Suspense>
                </div>
              )}
              {switching && (
                <div className="view-overlay load-overlay">
                  <Loading progress={progress} />
                </div>
              )}
            </div>
          </div>
          {data && <DetailsPanel data={data} citeFigure={citeFigure} />}
          {data && speechOpen && (
            <Suspense fallback={null}>
              <SpeechReader data={data} />
            </Suspense>
          )}
        </main>
      )}
    </div>
  );
}
