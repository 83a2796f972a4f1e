import { office } from './office';

/** The signed-in user's address as Outlook reports it, lower-cased ("filed by"). */
export function userEmailAddress(): string {
  return office().context.mailbox.userProfile.emailAddress.trim().toLowerCase();
}
