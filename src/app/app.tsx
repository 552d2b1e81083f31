import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ComponentProps } from 'react';
import { loadedDetailsPanel, preloadDetailsPanel } from './details-chunk.ts';
import { buildFilterOptions } from './build-filter-options.ts';
import { PanelBoundary } from './helpers/panel-boundary.tsx';
import { DatasetGate, type LoadedDataset } from './dataset/dataset-gate.tsx';
import { useSearch } from './dataset/use-search.ts';
import { EventList } from './features/event-list/event-list.tsx';
import { EventTable, type RowFacts } from './features/event-table/event-table.tsx';
import { ExportMenu } from './features/export/export-menu.tsx';
import { ActiveFilters } from './features/filters/active-filters.tsx';
import { FiltersPanel } from './features/filters/filters-panel.tsx';
import { AtlasMap } from './features/map/atlas-map.tsx';
import { Timeline } from './features/timeline/timeline.tsx';
import { AppHeader } from './app-header.tsx';
import { SkipLinks } from './skip-links.tsx';
import { BuildReport } from './features/build-report/build-report.tsx';
import { useDetailsFocus } from './use-details-focus.ts';
import { markDrawn } from './view/mark-drawn.ts';
import { createEventSelector } from './view/select-events.ts';
import { viewFromWindow, windowFromView, type DayWindow } from './view/time-window.ts';
import { useViewState } from './view/use-view-state.ts';
import type { HistoryMode } from './view/view-intent.ts';
import { filtersKey } from './view/serialize-view-state.ts';
import type { MapView } from './view/view-state.ts';
import { datedDays } from './dataset/dated-days.ts';

const LazyDetailsPanel = lazy(() => preloadDetailsPanel().then((c) => ({ default: c })));

/**
 * The details panel: at once when its chunk is loaded (as it is soon after the first view), else
 * when it arrives. Which of the two is decided once per panel: switching from the lazy one to the
 * loaded one on a later render would mount the details again and lose what is open in them (a
 * correction form closed when its save reloaded the record).
 */
function DetailsPanel(props: ComponentProps<typeof LazyDetailsPanel>) {
  // Not a component made in render: the module's one DetailsPanel, kept for the panel's life.
  const [Loaded] = useState(loadedDetailsPanel);
  if (Loaded) return <Loaded {...props} />;
  return (
    <Suspense fallback={<p className="empty-state">Loading the event…</p>}>
      <LazyDetailsPanel {...props} />
    </Suspense>
  );
}

/** The one place where features meet: URL view state in, derived data down, intents up. */
function Atlas({ summary, indexes }: LoadedDataset) {
  const [view, dispatch, mapView] = useViewState();
  const detailsRef = useRef<HTMLElement>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const asTable = view.display === 'table';
  // Until the first search is answered the list and the count say "Searching…" and the map keeps
  // what it showed: emptying it and filling it again would cost two full redraws.
  const search = useSearch(indexes.generatedAt, view.q);
  const searchStatus = search.status;
  const searchResult = search.result;
  // The map fits what the filters show once it is known: for a search, when the answer to the
  // query typed arrives (while a new query's shards load the previous answer is what is shown).
  const fitKey = searchStatus === 'loading' ? null : filtersKey(searchResult ? { ...view, q: searchResult.query } : view);
  // One selector per dataset: it keeps the last filter pass while only the time window moves.
  const selector = useMemo(() => createEventSelector(indexes), [indexes]);
  const selection = useMemo(() => selector.select(view, searchResult), [selector, view, searchResult]);
  const { options, labels } = useMemo(() => buildFilterOptions(selector.facets, selection), [selector, selection]);
  const allDays = useMemo(() => datedDays(indexes), [indexes]);
  // The same object while only the window moves (the filter pass is kept): the timeline counts
  // these days into its bars only when they change, not on every scrub step (3 ms of one).
  const { filteredDays: days, filteredKinds: kinds } = selection;
  const filteredDays = useMemo(() => ({ days, kinds }), [days, kinds]);
  const position = view.event ? indexes.byId.get(view.event) : undefined;
  const selected = useMemo(() => (position === undefined ? null : { ...indexes.eventAt[position]!, countries: indexes.countriesAt(position), placeKeys: indexes.placeKeysAt(position) }), [indexes, position]);
  const selectedOrganizers = useMemo(() => (position === undefined ? [] : indexes.organizersAt(position)), [indexes, position]);
  // A table row's countries and organisers, read from the indexes only for the rows it shows.
  const factsOf = useCallback((id: string): RowFacts => {
    const at = indexes.byId.get(id)!;
    return { countries: indexes.countriesAt(at), organizers: indexes.organizersAt(at).map((o) => o.name) };
  }, [indexes]);
  const recordOf = useCallback((id: string) => ({ generatedAt: indexes.generatedAt, chunk: indexes.events[indexes.byId.get(id)!]!.chunk }), [indexes]);
  const domain = indexes.domain;
  const focus = useDetailsFocus();
  // Parent effects run after their children's, so the map's markers are in place by now. A new
  // search answer with the same events keeps the selection, but the page still changes (the
  // search's chip, how a word was read): that is drawn too.
  useEffect(function markViewDrawn() {
    markDrawn(window.location.search);
  }, [selection, searchResult]);
  useEffect(function prefetchDetails() {
    const fetchSoon = typeof requestIdleCallback === 'function' ? (f: () => void) => requestIdleCallback(f, { timeout: 2000 }) : (f: () => void) => setTimeout(f, 0);
    fetchSoon(() => {
      void preloadDetailsPanel();
      // The ids' index is made on first use: made here, opening an event does not wait for it.
      indexes.byId.has('');
    });
  }, [indexes]);

  const selectEvent = useCallback((id: string, opener: HTMLElement | null = null) => {
    focus.remember(opener);
    dispatch({ kind: 'select-event', id });
  }, [focus, dispatch]);
  const closeDetails = useCallback(() => {
    const id = view.event;
    dispatch({ kind: 'select-event', id: null });
    focus.restore(id);
  }, [focus, dispatch, view.event]);
  const toggleCountry = useCallback((key: string) => dispatch({ kind: 'toggle-option', field: 'countries', key }), [dispatch]);
  const closeFilters = () => {
    setFiltersOpen(false);
    // Back to the button that opened the sheet, so keyboard users do not land on <body>.
    document.querySelector<HTMLElement>('[aria-controls="filters-sheet"]')?.focus();
  };
  const clearFilters = useCallback(() => dispatch({ kind: 'clear-filters' }), [dispatch]);
  const changeWindow = (w: DayWindow, mode: HistoryMode) => domain && dispatch({ kind: 'set-window', ...viewFromWindow(w, domain), scrubbing: mode === 'replace' });
  const moveMap = useCallback((map: MapView) => dispatch({ kind: 'move-map', map }), [dispatch]);
  // The phone's details sheet lies over the map's bottom: the map fits the selection above it.
  const coveredBelow = useCallback(() => {
    // Without a details sheet nothing is covered, and nothing is measured: measuring the map here
    // forced a layout in the middle of every filter change's fit (the frame then laid out again).
    if (!detailsRef.current) return 0;
    const sheet = detailsRef.current.getBoundingClientRect();
    const map = document.querySelector('.app-map')?.getBoundingClientRect();
    if (!map || sheet.left > map.left + map.width / 2 || sheet.right < map.right - map.width / 2) return 0;
    return Math.max(0, Math.min(map.height, map.bottom - sheet.top));
  }, []);
  const onMap = selection.events.length - selection.unplaced.length;
  const timeWindow = domain ? windowFromView(view, domain) : null;

  return (
    <div className="app" data-details={selected ? 'open' : 'closed'} data-filters={filtersOpen ? 'open' : 'closed'} data-display={view.display}>
      <SkipLinks table={asTable} />
      <AppHeader total={selection.total} shown={selection.events.length} unplaced={selection.unplaced.length} window={timeWindow} filtersOpen={filtersOpen} onToggleFilters={() => setFiltersOpen(!filtersOpen)} />
      <BuildReport rejected={summary.rejected} />
      <div className="app-body">
        {/* The map comes before the filters and the list in the page (the grid still shows them on its
            left): the main content is the third Tab stop after the skip links, and on a phone, where
            the map is on top, the order is the order on screen. */}
        <main className="app-map">
          <PanelBoundary name="The map">
            <AtlasMap
              venues={selection.venues}
              countryVenues={selection.countryVenues}
              unplaced={selection.unplaced}
              recordOf={recordOf}
              mapView={mapView}
              fitKey={fitKey}
              coveredBelow={coveredBelow}
              onMoveEnd={moveMap}
              selectedEvent={selected} countryCounts={selection.countryCounts} selectedCountries={view.countries} onSelectEvent={selectEvent} onToggleCountry={toggleCountry} />
          </PanelBoundary>
          {/* Over the map on a desktop (kept mounted underneath, so its view survives); on a phone a
              view of its own, in place of the map and the list. Inside <main>, which it is then. */}
          {asTable && (
            <section id="events-table" className="table-panel" aria-label="Events as a table" tabIndex={-1}>
              <PanelBoundary name="The table">
                <EventTable events={selection.events} apart={selection.undatedApart} factsOf={factsOf} recordOf={recordOf} selectedId={selected?.id ?? view.event} sort={view.sort} onSort={(sort) => dispatch({ kind: 'set-sort', sort })} onSelect={(id) => selectEvent(id)} />
              </PanelBoundary>
            </section>
          )}
        </main>
        <aside className="app-side" aria-label="Filters and events">
          <div
            id="filters-sheet"
            className="filters-sheet"
            onKeyDown={(e) => {
              if (e.key === 'Escape' && filtersOpen && !e.defaultPrevented) closeFilters();
            }}
          >
            <div className="sheet-head">
              <h2 className="sheet-title">Filters</h2>
              <button type="button" className="button" onClick={closeFilters}>Done</button>
            </div>
            <PanelBoundary name="The filters">
              <FiltersPanel view={view} options={options} onIntent={dispatch} onSearchIntent={search.prefetch} />
            </PanelBoundary>
          </div>
          <PanelBoundary name="The active filters">
            <ActiveFilters view={view} labels={labels} readAs={searchResult?.readAs ?? []} shown={searchStatus === 'loading' ? null : selection.events.length} onMap={onMap} apart={selection.undatedApart.length} total={selection.total} onIntent={dispatch} />
          </PanelBoundary>
          <PanelBoundary name="The export">
            <div className="view-tools">
              <button type="button" className="button" aria-pressed={asTable} onClick={() => dispatch({ kind: 'set-display', display: asTable ? 'map' : 'table' })}>Table</button>
              <ExportMenu events={selection.events} chunkOf={(id) => indexes.events[indexes.byId.get(id)!]!.chunk} bodiesOf={(id) => indexes.organizersAt(indexes.byId.get(id)!)} generatedAt={indexes.generatedAt} />
            </div>
          </PanelBoundary>
          <PanelBoundary name="The event list">
            <EventList
              events={selection.events}
              apart={selection.undatedApart}
              selectedId={selected?.id ?? view.event}
              search={searchStatus}
              onSelect={selectEvent}
              onClearFilters={clearFilters}
            />
          </PanelBoundary>
        </aside>
        {selected && (
          <aside ref={detailsRef} className="app-details" aria-label="Selected event">
            <PanelBoundary name="The event details">
              <DetailsPanel key={selected.id} summary={selected} organizers={selectedOrganizers} from={{ generatedAt: indexes.generatedAt, chunk: indexes.events[position!]!.chunk }} events={indexes.eventAt} recordOf={recordOf} onClose={closeDetails} />
            </PanelBoundary>
          </aside>
        )}
        {domain && (
          <section className="app-timeline" aria-label="Time window">
            <PanelBoundary name="The timeline">
              <Timeline
                domain={domain}
                window={timeWindow!}
                allDays={allDays}
                filtered={filteredDays}
                undated={selection.undated}
                undatedChoice={view.undated}
                onChange={changeWindow}
                onUndatedChoice={(undated) => dispatch({ kind: 'set-undated', undated })}
              />
            </PanelBoundary>
          </section>
        )}
      </div>
    </div>
  );
}

export function App() {
  return <DatasetGate>{(loaded) => <Atlas {...loaded} />}</DatasetGate>;
}
