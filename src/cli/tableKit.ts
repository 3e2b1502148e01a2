import { sourceKinds } from '../consultations/vocabulary.js';

// The data-free part of `gcm-kit export`'s tables: what a table and a column
// are, and the columns that several tables share, each said once. The
// datasets themselves are in tables.ts (reference data) and
// consultationTables.ts (the register). Internal.

/** One cell: a list becomes `a; b` in CSV and stays an array in JSON. */
export type Cell = string | number | boolean | null | undefined | readonly string[];

/** A column, with its Frictionless Table Schema type. */
export interface Column<R> {
  readonly name: string;
  readonly type: 'string' | 'integer' | 'boolean' | 'date';
  readonly description: string;
  /** A list of strings: joined with LIST_SEPARATOR in CSV. */
  readonly list?: true;
  /** Never empty. */
  readonly required?: true;
  /** The code list the value (or each item of a list) comes from. */
  readonly enum?: readonly string[];
  /** An XML Schema pattern (anchored) of the value, or of each item of a list. */
  readonly pattern?: string;
  readonly get: (row: R) => Cell;
}

/** A link from columns of one table to the key of another. */
export interface ForeignKey {
  readonly fields: readonly string[];
  readonly resource: string;
  readonly referencedFields: readonly string[];
}

/** A dataset as a table. */
export interface Table<R = never> {
  /** Name of the dataset on the command line and of its file (`events.csv`). */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly rows: () => readonly R[];
  readonly columns: readonly Column<R>[];
  /** Columns whose values name one row; `['id']` when not said. */
  readonly primaryKey?: readonly string[];
  readonly foreignKeys?: readonly ForeignKey[];
  /**
   * The whole records that JSON and NDJSON write, when a row is a flat view of
   * one (the rows themselves when not said).
   */
  readonly records?: () => readonly unknown[];
}

/** How the items of a list field are joined in a CSV cell (docs/cli.md says so). */
export const LIST_SEPARATOR = '; ';

/** A typed table, stored among tables of other row types. */
export const table = <R>(t: Table<R>): Table<unknown> => t as unknown as Table<unknown>;

/** The `id` column of a table whose rows are records with an id. */
export const id = <R extends { id: string }>(what: string): Column<R> => ({
  name: 'id',
  type: 'string',
  description: `Stable id of the ${what}`,
  required: true,
  get: (r) => r.id,
});

/** The fields of a cited document that sources.csv and consultation-sources.csv share. */
interface Document {
  readonly title: string;
  readonly publisher: string;
  readonly url?: string | undefined;
  readonly symbol?: string | undefined;
  readonly kind?: (typeof sourceKinds)[number] | undefined;
  readonly mirrorOf?: string | undefined;
}

/**
 * The columns of a cited document, by field, for the tables of sources to
 * pick in their own order: each column is described once for both.
 */
export const documentColumns = <R>(document: (r: R) => Document) =>
  ({
    title: {
      name: 'title',
      type: 'string',
      description: 'Title',
      required: true,
      get: (r) => document(r).title,
    },
    publisher: {
      name: 'publisher',
      type: 'string',
      description: 'Who published it',
      required: true,
      get: (r) => document(r).publisher,
    },
    url: {
      name: 'url',
      type: 'string',
      description: 'Address of the page or copy that was read',
      get: (r) => document(r).url,
    },
    symbol: {
      name: 'symbol',
      type: 'string',
      description: 'Document symbol, such as A/RES/73/195, when it has one',
      get: (r) => document(r).symbol,
    },
    kind: {
      name: 'kind',
      type: 'string',
      description: 'primary or secondary',
      enum: sourceKinds,
      get: (r) => document(r).kind,
    },
    mirrorOf: {
      name: 'mirrorOf',
      type: 'string',
      description: 'The document this copy mirrors, when it is a copy',
      get: (r) => document(r).mirrorOf,
    },
  }) satisfies Record<keyof Document, Column<R>>;
