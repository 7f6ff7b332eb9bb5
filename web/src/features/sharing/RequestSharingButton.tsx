/** Props of the button a recipient uses to ask the owner for onward sharing or export of a record. */
export interface RequestSharingButtonProps {
  /** `records` or `seizures`. */
  recordTable: 'records' | 'seizures';
  recordId: string;
  ownerAgencyId: string;
  handlingCode: string;
}

/**
 * Asks the owner agency for permission to re-share or export an H2 record (shown to recipients only).
 * Placeholder until the sharing-request screens exist: renders nothing.
 */
export function RequestSharingButton(props: RequestSharingButtonProps) {
  void props;
  return null;
}
