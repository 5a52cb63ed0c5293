/** Facts of the "Who uses Tor" page that several tests check the content and the elements against. */

/** The page's user groups, in order, by the anchor ids it used. */
export const PAGE_GROUP_IDS = [
  'normalusers',
  'journalist',
  'lawenforcement',
  'activists',
  'spotlight',
  'executives',
  'bloggers',
  'military',
  'itprofessionals',
];

/** How many items each of those groups has on the page. */
export const PAGE_ITEM_COUNTS = [6, 5, 3, 10, 2, 4, 3, 3, 5];
