/** A language's messages for the rules: by rule id, then by message id (the ids of each rule's `meta.messages`). */
export type RuleCatalog = Readonly<Record<string, Readonly<Record<string, string>>>>;
