import type { ChatMember } from '../store/chats';
import { POLICY_OFFICER, RECORDS_MANAGER } from './users';

/** The people of the demo chat and channel; Sanne and Marloes are users of the emulator. */
export const CHAT_PEOPLE = {
  sanne: {
    userId: POLICY_OFFICER.id,
    displayName: POLICY_OFFICER.displayName,
    upn: POLICY_OFFICER.upn,
  },
  marloes: {
    userId: RECORDS_MANAGER.id,
    displayName: RECORDS_MANAGER.displayName,
    upn: RECORDS_MANAGER.upn,
  },
  pieter: { userId: '1c9d7e3b-5a2f-4e6d-8b1a-3f4e5d6c7b03', displayName: 'Pieter Jansen' },
  fatima: { userId: '2d8e6f4c-6b3a-4f7e-9c2b-4a5f6e7d8c04', displayName: 'Fatima El Idrissi' },
  jeroen: { userId: '3e7f5a6d-7c4b-4a8f-8d3c-5b6a7f8e9d05', displayName: 'Jeroen Mulder' },
  daan: { userId: '4f8a6b7e-8d5c-4b9a-9e4d-6c7b8a9f0e06', displayName: 'Daan Visser' },
} satisfies Record<string, ChatMember>;

/** A message line of a seeded conversation. */
export interface ChatLine {
  readonly at: string;
  readonly from: ChatMember;
  readonly content: string;
  readonly importance?: 'high';
  /** When the sender last edited it (Graph's lastEditedDateTime and lastModifiedDateTime). */
  readonly edited?: string;
}
