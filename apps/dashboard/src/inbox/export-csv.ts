import { apiDownload } from '../auth/api-client';
import { filterSearchParams, type ItemFilters } from './item-filters';

/** Downloads the filtered list as CSV (GET /api/v1/items/export.csv with the list's own filters). */
export async function exportCsv(filters: ItemFilters, token: string): Promise<void> {
  const query = filterSearchParams(filters).toString();
  const blob = await apiDownload(`/api/v1/items/export.csv${query ? `?${query}` : ''}`, token);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `auscult-items-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has handed the file to the browser.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
