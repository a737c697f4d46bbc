import type { AnswerShape } from './answer-shape.js';
import { bufferedTextOf, scopeOf } from './buffered-answer.js';
import { unexpectedAnswer } from './error-factory.js';
import { expectAnswer } from './vendor-runtime.js';

/** How a vendor's listing is paged, counting pages from 1. */
export interface Listing<Page, Item = unknown> {
  /** Fetches one page. */
  fetch(page: number): Promise<{ data?: unknown; response: Response }>;
  /** What the spec requires of a page. */
  shape: AnswerShape<Page>;
  items(page: Page): readonly Item[];
  /** The number the page gives itself, where it gives one. */
  number?(page: Page): number | undefined;
  /** True when no page follows this one. */
  isLast(page: Page, asked: number): boolean;
}

/** Two 32-bit string hashes (FNV-1a and djb2) together: enough to tell a page from every other. */
function fingerprint(text: string): string {
  let fnv = 0x811c9dc5;
  let djb = 5381;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    fnv = Math.imul(fnv ^ char, 0x01000193);
    djb = (Math.imul(djb, 33) + char) | 0;
  }
  return `${fnv >>> 0}:${djb >>> 0}`;
}

/**
 * The pages of a listing, fetched as the caller iterates and no further once it stops. A page
 * that numbers itself other than asked, or that holds the same items as an earlier page (a
 * server ignoring the page parameter), ends the listing with `unexpected_response` instead of
 * looping forever.
 */
export async function* paginate<Page>(listing: Listing<Page, unknown>): AsyncGenerator<Page, void, undefined> {
  const seen = new Map<string, number>();
  for (let asked = 1; ; asked++) {
    const result = await listing.fetch(asked);
    const page = expectAnswer(result, listing.shape);
    const refuse = (problem: string) => {
      const { response } = result;
      return unexpectedAnswer(
        scopeOf(response),
        { status: response.status, headers: response.headers, text: bufferedTextOf(response) },
        `${problem}, so the listing stopped`,
      );
    };
    const number = listing.number?.(page);
    if (number !== undefined && number !== asked)
      throw refuse(`page ${String(number)} when page ${asked} was asked for`);
    const items = listing.items(page);
    if (items.length > 0) {
      const key = fingerprint(JSON.stringify(items));
      const earlier = seen.get(key);
      if (earlier !== undefined)
        throw refuse(`the same items on page ${asked} as on page ${earlier} (the page asked for was ignored)`);
      seen.set(key, asked);
    }
    yield page;
    if (items.length === 0 || listing.isLast(page, asked)) return;
  }
}

/**
 * A vendor's run listing. Iterate it for its runs, normalized, across pages; `pages()` gives the
 * vendor's own pages instead. Pages are fetched as you iterate, and no further once you stop:
 * breaking out after three runs of a page of fifteen costs one request. Each iteration starts
 * again from the first page.
 */
export interface RunListing<Run, Page> extends AsyncIterable<Run> {
  /** The vendor's pages, as its spec describes them. */
  pages(): AsyncIterableIterator<Page>;
}

/** The listing's runs, each of a page's items made a run by `toRun`, and its raw pages. */
export function runListing<Page, Item, Run>(
  listing: Listing<Page, Item>,
  toRun: (item: Item) => Run,
): RunListing<Run, Page> {
  return {
    pages: () => paginate(listing),
    async *[Symbol.asyncIterator]() {
      for await (const page of paginate(listing)) {
        for (const item of listing.items(page)) yield toRun(item);
      }
    },
  };
}
