import type { ColumnSpec } from '../header';
import type { RowReader } from '../row-reader';
import type { ImportKind } from '../types';

/** Everything the importer needs to know about one kind of file. */
export interface ImportKindDefinition<K extends string, R> {
  kind: ImportKind;
  columns: readonly ColumnSpec<K>[];
  /** Builds the record from one row, or null after recording the row's errors in the reader. */
  read(reader: RowReader<K>): R | null;
  /** Identity of a record: two rows with the same key are duplicates; an existing record with it is updated. */
  key(record: R): string;
  /** Column that duplicate errors point at, and how the key is described. */
  keyColumn: K;
  keyLabel: string;
}
