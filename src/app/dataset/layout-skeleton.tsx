/** The app's layout in grey while the dataset loads, so nothing jumps when it arrives. */
export function LayoutSkeleton() {
  return (
    <div className="app" aria-busy="true">
      <header className="app-header">
        <span className="app-title">Event Atlas</span>
      </header>
      <div className="app-body">
        <aside className="app-side">
          <div className="skeleton-block" style={{ height: 36 }} />
          <div className="skeleton-block" style={{ height: 36 }} />
          <div className="skeleton-block" style={{ height: 120 }} />
          <div className="skeleton-block" style={{ height: 64 }} />
          <div className="skeleton-block" style={{ height: 64 }} />
        </aside>
        <main className="app-map skeleton-block" />
        <section className="app-timeline">
          <div className="skeleton-block" style={{ height: '100%' }} />
        </section>
      </div>
      <p className="visually-hidden" role="status">Loading events…</p>
    </div>
  );
}
