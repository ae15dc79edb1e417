import { create, insertMultiple, search as oramaSearch } from "@orama/orama";
import { Document } from "flexsearch";
import Fuse from "fuse.js";
import MiniSearch from "minisearch";

/** The same records every engine gets: the fields our own index is built from, as plain text. */
export type PeerRecord = {
  idx: number;
  title: string;
  aliases: string;
  label: string;
  text: string;
  cues: string;
  body: string;
};

export type Peer = {
  name: string;
  build: (records: PeerRecord[]) => Promise<void>;
  /** Record indexes, best first. */
  search: (query: string, limit: number) => Promise<number[]>;
};

const FIELDS = ["title", "aliases", "label", "text", "cues", "body"] as const;

/** FlexSearch with the Document options its README shows, nothing tuned. */
export function flexsearchDefault(): Peer {
  const index = new Document({ document: { id: "idx", index: [...FIELDS] } });
  return {
    name: "FlexSearch (default Document)",
    build: async (records) => {
      for (const r of records) index.add(r);
    },
    search: async (query, limit) => {
      const seen: number[] = [];
      for (const { result } of index.search(query, { limit })) {
        for (const id of result as number[]) if (!seen.includes(id)) seen.push(id);
      }
      return seen.slice(0, limit);
    },
  };
}

/** MiniSearch with prefix and fuzzy search on, as its docs suggest for search-as-you-type. */
export function minisearch(): Peer {
  const ms = new MiniSearch<PeerRecord>({
    idField: "idx",
    fields: [...FIELDS],
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 2 } },
  });
  return {
    name: "MiniSearch (prefix + fuzzy)",
    build: async (records) => ms.addAll(records),
    search: async (query, limit) =>
      ms
        .search(query)
        .slice(0, limit)
        .map((r) => r.id as number),
  };
}

/**
 * A sanity line: MiniSearch with only the field boosts one can justify without looking at any query (names
 * over labels over prose, the body weakest), prefix and fuzzy as above. If it matched Mesh Atlas, our ranking
 * would add nothing a couple of obvious boosts do not.
 */
export function minisearchJustified(): Peer {
  const ms = new MiniSearch<PeerRecord>({
    idField: "idx",
    fields: [...FIELDS],
    searchOptions: {
      prefix: true,
      fuzzy: 0.2,
      boost: { title: 3, aliases: 2, label: 1.5, text: 1, cues: 1, body: 0.5 },
    },
  });
  return {
    name: "MiniSearch (justified field boosts)",
    build: async (records) => ms.addAll(records),
    search: async (query, limit) =>
      ms
        .search(query)
        .slice(0, limit)
        .map((r) => r.id as number),
  };
}

/**
 * Fuse.js with weighted keys and its default threshold. Fuse is built for short strings: over the long body
 * text it takes half a second a query here, so the body is left out, as its docs advise for long text.
 */
export function fuse(): Peer {
  let f: Fuse<PeerRecord> | undefined;
  return {
    name: "Fuse.js (weighted keys, no body)",
    build: async (records) => {
      f = new Fuse(records, {
        keys: [
          { name: "title", weight: 3 },
          { name: "aliases", weight: 2 },
          { name: "label", weight: 1 },
          { name: "text", weight: 1 },
          { name: "cues", weight: 1 },
        ],
        ignoreLocation: true,
      });
    },
    search: async (query, limit) => (f ? f.search(query, { limit }).map((r) => r.item.idx) : []),
  };
}

/** Orama with a string schema and its default full-text search. */
export function orama(): Peer {
  type Db = Awaited<ReturnType<typeof makeDb>>;
  const makeDb = () =>
    create({
      schema: {
        idx: "number",
        title: "string",
        aliases: "string",
        label: "string",
        text: "string",
        cues: "string",
        body: "string",
      },
    });
  let db: Db | undefined;
  return {
    name: "Orama",
    build: async (records) => {
      db = await makeDb();
      await insertMultiple(db, records);
    },
    search: async (query, limit) => {
      if (!db) return [];
      const res = await oramaSearch(db, { term: query, limit });
      return res.hits.map((h) => (h.document as { idx: number }).idx);
    },
  };
}
