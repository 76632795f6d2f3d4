import { TrendsChart } from './trends-chart';

/** The trends view: aggregates only, never an item's text. */
export function TrendsView() {
  return (
    <main className="trends-view">
      <TrendsChart />
    </main>
  );
}
