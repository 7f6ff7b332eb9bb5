/** Length limits shared by request schemas and the web forms. */
export const LIMITS = {
  username: { min: 3, max: 64 },
  displayName: { max: 200 },
  agencyCode: { max: 32 },
  name: { max: 300 },
  tokenName: { max: 100 },
  search: { max: 200 },
  pageSize: { default: 100, max: 500 },
} as const;
