/** The customer dataset as the engine sees it, whatever file or table it came from. */

export interface Account {
  id: string;
  /** Display name; the id when the dataset maps no name. */
  name: string;
  /** Explicit domains from a mapped domain column, lower-cased (may be empty). */
  domains: string[];
  /** The account owner's address, when the dataset maps an owner field. */
  owner: string | null;
}

export interface Contact {
  /** Normalized (trimmed, lower-cased) email address. */
  email: string;
  accountId: string;
}

export interface CustomerDataset {
  accounts: Account[];
  contacts: Contact[];
}
