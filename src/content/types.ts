/**
 * The shape of tor-elements content: the "Who uses Tor" page and every string a component shows.
 * Text is always plain text; formatting and links are typed segments, never HTML.
 */

/** Plain text, rendered as text. */
export interface TextSegment {
  type: 'text';
  text: string;
}

/** A link. `href` must pass the URL policy (http, https, mailto or relative). */
export interface LinkSegment {
  type: 'link';
  href: string;
  text: string;
}

/** Bold text, used for the lead-in of an item. May contain links. */
export interface StrongSegment {
  type: 'strong';
  segments: Segment[];
}

/** Emphasised text. May contain links. */
export interface EmphasisSegment {
  type: 'emphasis';
  segments: Segment[];
}

export type Segment = TextSegment | LinkSegment | StrongSegment | EmphasisSegment;

/** One paragraph or list item made of segments. */
export interface RichText {
  segments: Segment[];
  /**
   * The language of this paragraph when it is not the language of the content around it (say, an
   * English item left untranslated in a Farsi list), as a BCP 47 tag: it is shown with its own `lang`.
   */
  lang?: string;
}

/** An amount of money, shown in the reader's locale (`Intl.NumberFormat` with the currency). */
export interface Money {
  amount: number;
  /** ISO 4217 code, e.g. `USD`. */
  currency: string;
}

/**
 * A string that depends on a number: one form per plural category of the language (as
 * `Intl.PluralRules` names them); `other` is always there. `{count}` is the number.
 */
export interface Plural {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/**
 * A picture, served from the page's own site (never another's: a reader's browser must make no request
 * to a third party). The content may carry only its `alt` text, for a site to add its own copy of the
 * picture (`src`) by registering content.
 */
export interface ContentImage {
  /** Where the picture is; without it, nothing is shown. */
  src?: string;
  /** Describes the image; an empty string marks it as decorative. */
  alt: string;
  /** The picture's size in pixels: with both, its space is kept while it loads (no layout shift). */
  width?: number;
  height?: number;
  /** The same picture in other widths, for the browser to choose from (`srcset`). */
  srcset?: ImageCandidate[];
  /** How wide the picture is shown (`sizes`), e.g. `(min-width: 60rem) 24rem, 100vw`. Default: as laid out. */
  sizes?: string;
}

/** One width of a picture: its address, and its width in pixels. */
export interface ImageCandidate {
  src: string;
  width: number;
}

export interface UserGroup {
  /** The anchor id the page uses, e.g. `journalist`. */
  id: string;
  heading: string;
  items: RichText[];
  image?: ContentImage;
}

export interface Tip {
  id: string;
  segments: Segment[];
}

export interface CallToAction {
  text: string;
  href: string;
}

export interface DonateCampaign {
  id: string;
  headline: string;
  text: Segment[];
  callToAction: CallToAction;
  /** First day the banner shows, `YYYY-MM-DD`, inclusive, in the reader's time zone. */
  start?: string;
  /** Last day the banner shows, `YYYY-MM-DD`, inclusive. */
  end?: string;
  /** Up to how much every gift is matched (until `end`, if the campaign has one). */
  match?: Money;
  /** How much the campaign sets out to raise. */
  goal?: Money;
}

export interface OnionService {
  /** The site the address serves, e.g. `torproject.org`. */
  siteName: string;
  /** The onion host, e.g. `2gzyxa5…wid.onion`. */
  address: string;
  /** Where all of the site's onion addresses are listed. */
  directoryHref: string;
  /** Explains what an onion service is. */
  aboutHref: string;
}

export interface FooterLink {
  text: string;
  href: string;
}

export interface FooterLinkGroup {
  id: string;
  heading: string;
  links: FooterLink[];
}

/** The page's own prose around the groups: used by the demo page, not by the components. */
export interface PageText {
  title: string;
  intro: RichText[];
  outro: RichText[];
}

/**
 * Strings a component shows. Templates hold `{name}` placeholders that the component fills with
 * text or links; every placeholder a template declares must be present.
 */
export interface UserGroupsStrings {
  /** Accessible name of the in-page index. */
  indexLabel: string;
  /** Accessible name of the link on a group's heading; `{heading}` is the group's heading. */
  permalinkLabel: string;
}

export interface TipBoxStrings {
  heading: string;
}

export interface DonateBannerStrings {
  /** Accessible name of the banner's region. */
  label: string;
  dismiss: string;
  /** Accessible name of the dismiss button; `{headline}` is the campaign's headline. */
  dismissLabel: string;
  /** A campaign's match without an end date: `{amount}`. */
  match: string;
  /** A campaign's match until its last day: `{amount}`, `{date}` (the day and month, in the reader's locale). */
  matchUntil: string;
  /** A campaign's goal: `{amount}`. */
  goal: string;
  /** Days left in a campaign that ends soon: `{count}`. */
  daysLeft: Plural;
}

export interface OnionFooterStrings {
  /** `{onionService}`, `{address}` */
  offer: string;
  onionServiceLinkText: string;
  /** `{directory}`, `{siteName}` */
  directory: string;
  /** `{siteName}` */
  onOnion: string;
  /** Shown instead of an address that cannot be used. */
  unavailable: string;
  /** Shown instead of a retired v2 address; `{address}` is the old address, as plain text. */
  retired: string;
  copy: string;
  /** Accessible name of the copy button; `{address}` */
  copyLabel: string;
  copied: string;
  copyFailed: string;
  /** Accessible name of the footer navigation. */
  linksLabel: string;
}

export interface UiStrings {
  userGroups: UserGroupsStrings;
  tipBox: TipBoxStrings;
  donateBanner: DonateBannerStrings;
  onionFooter: OnionFooterStrings;
}

/** Where the default content comes from and under which licence. */
export interface ContentSource {
  title: string;
  url: string;
  author: string;
  licence: string;
  licenceUrl: string;
}

/** One locale's complete content. */
export interface Content {
  /** BCP 47 language tag, e.g. `en`, `fa`. */
  locale: string;
  dir: 'ltr' | 'rtl';
  source?: ContentSource;
  userGroups: UserGroup[];
  tips: Tip[];
  campaigns: DonateCampaign[];
  onionServices: OnionService[];
  footerLinks: FooterLinkGroup[];
  /** The trademark and copyright line under the footer links. */
  footerNotice: Segment[];
  page: PageText;
  ui: UiStrings;
}

/**
 * What a partner registers for a locale: any part of {@link Content}. Lists of things with an `id`
 * merge by id (a listed group replaces that group's given fields); other lists replace the default.
 */
export type ContentPatch = DeepPartial<Content>;

export type DeepPartial<T> = T extends string | number | boolean
  ? T
  : T extends Array<infer U>
    ? [U] extends [{ id: string }]
      ? Array<DeepPartial<U> & { id: string }>
      : T
    : { [K in keyof T]?: DeepPartial<T[K]> };
