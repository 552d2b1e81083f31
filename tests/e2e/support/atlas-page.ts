import type { Locator, Page } from 'playwright-core';

/** The app's landmarks and controls, found by role and accessible name as a screen reader would. */
export function atlasPage(page: Page) {
  const eventList = page.getByRole('list', { name: 'Events' });
  return {
    eventList,
    events: eventList.getByRole('listitem'),
    status: (text: string | RegExp): Locator => page.getByRole('status').filter({ hasText: text }),
    marker: (place: string): Locator => page.getByRole('button', { name: new RegExp(`^${place} — \\d+ events?`) }),
    details: page.getByRole('region', { name: 'Event details' }),
    closeDetails: page.getByRole('button', { name: 'Close details' }),
    countryBox: page.getByRole('combobox', { name: 'Participating country' }),
    countryOption: (name: string): Locator => page.getByRole('option', { name: new RegExp(`^${name}`) }),
    roleGroup: page.getByRole('radiogroup', { name: 'Country role' }),
    timeline: page.getByRole('group', { name: 'Timeline' }),
    startDate: page.getByRole('slider', { name: 'Start date' }),
    endDate: page.getByRole('slider', { name: 'End date' }),
    emptyState: page.getByText('No events match'),
    clearAll: page.getByRole('button', { name: 'Clear all filters' }),
  };
}

/** Types like a person (key by key) into the country box and picks the option that starts with `name`. */
export async function chooseCountry(page: Page, typed: string, name: string): Promise<void> {
  const atlas = atlasPage(page);
  await atlas.countryBox.click();
  await atlas.countryBox.fill('');
  await atlas.countryBox.pressSequentially(typed);
  await atlas.countryOption(name).click();
}
