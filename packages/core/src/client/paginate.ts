import { plainError, settleCall } from '../errors/error-factory.js';
import { ownOptions } from '../guards/own-options.js';
import { scopeOf } from '../http/buffered-answer.js';
import { checkAnswer, refuseAnswer } from '../http/expect-answer.js';
import type { AnswerShape } from '../vendor/answer-shape.js';
import type { CallOptions } from '../vendor/provider.js';
import type { VendorInfo } from '../vendor/vendor-definition.js';
import { checkTimeoutMs } from './client-options.js';

/** The options of a listing, and of each page's call. */
export type ListingOptions = Pick<CallOptions, 'signal' | 'timeoutMs' | 'totalTimeoutMs'>;

/** How a vendor's listing is paged, counting pages from 1. */
export interface Listing<Page, Item = unknown> {
  /** Fetches one page, with the options of that page's call (the listing's signal, what is left of its deadline). */
  fetch(page: number, options: ListingOptions): Promise<{ data?: unknown; response: Response }>;
  /** What the spec requires of a page. */
  shape: AnswerShape<Page>;
  items(page: Page): readonly Item[];
  /** The id of an item (a run's id), where it has one: how a run already listed is told from a new one. */
  id(item: Item): string | undefined;
  /** The number the page gives itself, where it gives one. */
  number?(page: Page): number | undefined;
  /** True when no page follows this one. */
  isLast(page: Page, asked: number): boolean;
}

/** Two 32-bit string hashes (FNV-1a and djb2) together: enough to tell an item without an id from every other. */
function fingerprint(text: string): string {
  let fnv = 0x811c9dc5;
  let djb = 5381;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    fnv = Math.imul(fnv ^ char, 0x01000193);
    djb = (Math.imul(djb, 33) + char) | 0;
  }
  return `#${fnv >>> 0}:${djb >>> 0}`;
}

/** One page, and those of its items no earlier page listed. */
interface PageRead<Page, Item> {
  page: Page;
  fresh: readonly Item[];
}

/**
 * The pages of a listing, fetched as the caller iterates and no further once it stops. Pages
 * are told apart by the ids of what they list, not by their contents (a run's status changes
 * between two reads). Runs added since the previous page push its last runs onto the next one:
 * those may repeat, at the start of the page, in the order that ended the previous one. Any
 * other repeat means the server ignored the page asked for, and so does a page that numbers
 * itself other than asked: either ends the listing with `unexpected_response` instead of
 * looping for ever. `totalTimeoutMs` bounds the listing from its first request on.
 */
async function* readPages<Page, Item>(
  vendor: VendorInfo,
  listing: Listing<Page, Item>,
  options: ListingOptions | undefined,
): AsyncGenerator<PageRead<Page, Item>, void, undefined> {
  const { totalTimeoutMs, ...callOptions } = ownOptions(vendor, options);
  const seen = new Set<string>();
  let previous: string[] = [];
  let startedAt: number | undefined;
  for (let asked = 1; ; asked++) {
    let pageOptions: ListingOptions = callOptions;
    if (totalTimeoutMs !== undefined) {
      startedAt ??= performance.now();
      const left = Math.floor(startedAt + totalTimeoutMs - performance.now());
      if (left <= 0) {
        throw plainError(
          vendor,
          'timeout',
          `The ${vendor.name} listing did not end within its totalTimeoutMs (${totalTimeoutMs} ms): it stopped before page ${asked}.`,
        );
      }
      pageOptions = { ...callOptions, totalTimeoutMs: left };
    }
    const result = await listing.fetch(asked, pageOptions);
    const page = checkAnswer(result, listing.shape);
    const refuse = (problem: string) => refuseAnswer(result.response, `${problem}, so the listing stopped`);
    const number = listing.number?.(page);
    if (number !== undefined && number !== asked)
      throw refuse(`page ${String(number)} when page ${asked} was asked for`);
    const items = listing.items(page);
    const ids = items.map((item) => listing.id(item) || fingerprint(JSON.stringify(item)));
    const repeats = ids.filter((id) => seen.has(id)).length;
    if (items.length > 0 && repeats === items.length)
      throw refuse(`only runs of earlier pages on page ${asked} (the page asked for was ignored)`);
    if (repeats > 0 && ids.slice(0, repeats).join('\n') !== previous.slice(-repeats).join('\n'))
      throw refuse(`runs of earlier pages out of place on page ${asked} (the page asked for was ignored)`);
    for (const id of ids) seen.add(id);
    previous = ids;
    settleCall(scopeOf(result.response));
    yield { page, fresh: items.slice(repeats) };
    if (items.length === 0 || listing.isLast(page, asked)) return;
  }
}

/**
 * A vendor's run listing. Iterate it for its runs, normalized, across pages, each run once;
 * `pages()` gives the vendor's own pages instead. Pages are fetched as you iterate, and no
 * further once you stop: breaking out after three runs of a page of fifteen costs one request.
 * Each iteration starts again from the first page.
 */
export interface RunListing<Run, Page> extends AsyncIterable<Run> {
  /** The vendor's pages, as its spec describes them. */
  pages(): AsyncIterableIterator<Page>;
}

/** The listing's runs, each of a page's new items made a run by `toRun`, and its raw pages. */
export function runListing<Page, Item, Run>(
  vendor: VendorInfo,
  listing: Listing<Page, Item>,
  toRun: (item: Item) => Run,
  options?: ListingOptions,
): RunListing<Run, Page> {
  // Refused when the listing is made, before any page is asked for.
  const { totalTimeoutMs } = ownOptions(vendor, options);
  if (totalTimeoutMs !== undefined) checkTimeoutMs(vendor, totalTimeoutMs, 'totalTimeoutMs');
  return {
    async *pages() {
      for await (const { page } of readPages(vendor, listing, options)) yield page;
    },
    async *[Symbol.asyncIterator]() {
      for await (const { fresh } of readPages(vendor, listing, options)) {
        for (const item of fresh) yield toRun(item);
      }
    },
  };
}
