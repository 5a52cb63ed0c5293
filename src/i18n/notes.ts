/**
 * For translators: where each of the elements' own strings (`ui.*`) shows and what its placeholders
 * are. Every UI string needs a note here; extraction stops on one that has none.
 */
const NOTES: Record<string, Record<string, string>> = {
  userGroups: {
    indexLabel: 'Accessible name (aria-label) of the in-page index of <tor-user-groups index>: read by screen readers.',
    permalinkLabel:
      'Tooltip (title) of the link on a user group’s heading, in <tor-user-group-card> and <tor-user-groups>. {heading} is the group’s heading.',
  },
  tipBox: {
    heading: 'Heading of <tor-tip-box>, above the tip.',
  },
  donateBanner: {
    label: 'Accessible name (aria-label) of the <tor-donate-banner> region: read by screen readers.',
    dismiss: 'Words on the button that closes <tor-donate-banner>.',
    dismissLabel:
      'Accessible name (aria-label) of the button that closes <tor-donate-banner>. {headline} is the campaign’s headline.',
    match:
      'In <tor-donate-banner>, for a campaign that matches gifts and has no end date. {amount} is the amount with its currency, written by the reader’s locale (e.g. $5,000).',
    matchUntil:
      'In <tor-donate-banner>, for a campaign that matches gifts until its last day. {amount} is the amount with its currency (e.g. $5,000); {date} is the day and month (e.g. 31 December), both written by the reader’s locale.',
    goal: 'In <tor-donate-banner>: the campaign’s goal. {amount} is the amount with its currency, written by the reader’s locale.',
    daysLeft:
      'In <tor-donate-banner>, in a campaign’s last two weeks. {count} is the number of days left, including today, in the reader’s digits.',
  },
  onionFooter: {
    offer:
      'In <tor-onion-footer>. {onionService} is a link whose words are “onion service” (translated separately, ui/onionFooter/onionServiceLinkText); {address} is the site’s onion address, a link kept left to right.',
    onionServiceLinkText:
      'Words of the link (to an explanation of onion services) that fills {onionService} in ui/onionFooter/offer. Use the usual term for an “onion service” in your language.',
    directory:
      'In <tor-onion-footer>, after the onion address. {directory} is a link to the list of onion addresses (its words are its host, e.g. onion.torproject.org); {siteName} is the site’s name (e.g. torproject.org).',
    onOnion:
      'In <tor-onion-footer>, instead of the address, on a page that the reader already reads over the onion service. {siteName} is the site’s name (e.g. torproject.org).',
    unavailable: 'In <tor-onion-footer>, instead of an onion address that is mistyped or missing.',
    retired:
      'In <tor-onion-footer>, instead of an old (v2) onion address that no longer works. {address} is that old address, as plain text.',
    copy: 'Words on the button in <tor-onion-footer> that copies the onion address.',
    copyLabel: 'Accessible name (aria-label) of the copy button in <tor-onion-footer>. {address} is the onion address.',
    copied: 'Shown (and read by screen readers) in <tor-onion-footer> after the onion address was copied.',
    copyFailed:
      'Shown (and read by screen readers) in <tor-onion-footer> when the browser refused to copy; the address is then selected for the reader.',
    linksLabel: 'Accessible name (aria-label) of the navigation with the footer links in <tor-onion-footer>.',
  },
};

/** The note on `ui.<element>.<name>`. */
export function uiNote(element: string, name: string): string {
  const note = NOTES[element]?.[name];
  if (!note) throw new Error(`ui.${element}.${name} has no translator's note in src/i18n/notes.ts`);
  return note;
}
