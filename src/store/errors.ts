/**
 * Thrown by the fact store for a problem a user can act on: a store that cannot be opened, a schema
 * from another warta, a statement `sql` refuses. The message says what to do.
 */
export class WartaStoreError extends Error {
  override readonly name: string = 'WartaStoreError';
}
