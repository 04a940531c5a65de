/** Something the user should know about their stored profiles; shown by the popup and options page. */
export type StorageProblem =
  | {
      readonly kind: 'kept-aside';
      /** The storage.local key holding the original, for download or discard. */
      readonly backupKey: string;
      readonly originalKey: string;
      /** A repaired copy is in use; otherwise the item is missing from the list until restored. */
      readonly repaired: boolean;
      readonly savedAt: string;
      readonly message: string;
    }
  | { readonly kind: 'newer-version'; readonly message: string }
  | { readonly kind: 'sync-error'; readonly message: string; readonly at: string };
