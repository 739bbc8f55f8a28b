// Placeholder: filled by the signer issue.
export const SIGNER_PLACEHOLDER = true;
