import { LIST_PAGE_MAX_CHARS, type ListPage, type ListQuery, type ResourceRow } from "./store.js";

/**
 * Cuts one keyset page from rows in list order (the store reads at most `limit + 1`): at most `limit`
 * rows and at most `maxChars` characters of documents (at least one row); `next` is the key of the last
 * row kept when any row follows. Stops reading `rows` at the first row it does not keep.
 */
export function cutPage(rows: Iterable<ResourceRow>, q: Pick<ListQuery, "limit" | "maxChars" | "sortBy">): ListPage {
  const maxChars = q.maxChars ?? LIST_PAGE_MAX_CHARS;
  const page: ResourceRow[] = [];
  let chars = 0;
  for (const row of rows) {
    chars += row.doc.length;
    if (page.length === q.limit || (page.length > 0 && chars > maxChars)) {
      const last = page[page.length - 1] as ResourceRow;
      return { rows: page, next: { value: q.sortBy === "DISPLAYNAME" ? last.display_name : last.created_ms, seq: last.seq as number } };
    }
    page.push(row);
  }
  return { rows: page };
}
