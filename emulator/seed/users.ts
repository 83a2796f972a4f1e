import type { GroupRecord, UserRecord } from '../store/records';

/** The policy officer of the demo tenant. */
export const POLICY_OFFICER: UserRecord = {
  id: '5d3f9a2e-7c41-4b8e-9f10-2a6b8c4d1e01',
  upn: 'beleid@bronvast.example',
  displayName: 'Sanne de Vries',
  givenName: 'Sanne',
  surname: 'de Vries',
  jobTitle: 'Senior beleidsmedewerker Open Overheid',
  officeLocation: 'Den Haag, Turfmarkt',
  department: 'Directie Open Overheid',
  lookupId: 11,
};

/** The records manager of the demo tenant. */
export const RECORDS_MANAGER: UserRecord = {
  id: '8b2e4c6a-1f3d-4a5b-8c7d-9e0f1a2b3c02',
  upn: 'informatiebeheer@bronvast.example',
  displayName: 'Marloes Bakker',
  givenName: 'Marloes',
  surname: 'Bakker',
  jobTitle: 'Informatiebeheerder',
  officeLocation: 'Den Haag, Turfmarkt',
  department: 'Informatiehuishouding',
  lookupId: 12,
};

/** Correspondents of the demo mail and chat who are not users of the emulator. */
export const PEOPLE = {
  sanne: { name: POLICY_OFFICER.displayName, address: POLICY_OFFICER.upn },
  marloes: { name: RECORDS_MANAGER.displayName, address: RECORDS_MANAGER.upn },
  pieter: { name: 'Pieter Jansen', address: 'pieter.jansen@bronvast.example' },
  fatima: { name: 'Fatima El Idrissi', address: 'fatima.elidrissi@bronvast.example' },
  jeroen: { name: 'Jeroen Mulder', address: 'jeroen.mulder@bronvast.example' },
  daan: { name: 'Daan Visser', address: 'daan.visser@bronvast.example' },
  vng: { name: 'Lotte Dekker (VNG)', address: 'lotte.dekker@vng.example' },
  archief: { name: 'Ruben van Leeuwen', address: 'r.vanleeuwen@nationaalarchief.example' },
  raad: {
    name: 'Raad van State, Afdeling advisering',
    address: 'secretariaat.advisering@raadvanstate.example',
  },
  onderzoek: {
    name: 'Eline Smit (Rekenkamerbureau Noord)',
    address: 'e.smit@rekenkamerbureau.example',
  },
  burger: { name: 'Johan Bos', address: 'johan.bos@ziggo.example' },
  nieuwsbrief: { name: 'Binnenlands Bestuur', address: 'nieuwsbrief@binnenlandsbestuur.example' },
  servicedesk: { name: 'Servicedesk Rijk', address: 'noreply@servicedesk.bronvast.example' },
  kia: { name: 'KIA Informatiehuishouding', address: 'nieuws@kia-community.example' },
} as const;

/**
 * The records managers of the demo tenant: a Microsoft Entra ID security group, granted full
 * control of the records site. Bronvast asks Graph who is in it; no page lists them.
 */
export const RECORDS_MANAGERS_GROUP: GroupRecord = {
  id: '4f1b7c2e-9d3a-4e8b-a6c5-1e2f3a4b5c60',
  displayName: 'Bronvast informatiebeheerders',
  description: 'Beoordelen, herclassificeren en exporteren van records in Bronvast',
  mail: 'bronvast-informatiebeheer@bronvast.example',
  securityEnabled: true,
  members: [RECORDS_MANAGER.id],
};

/** Everyone who files: the directorate's staff, records managers included. */
export const OFFICERS_GROUP: GroupRecord = {
  id: '7a2c9e4f-3b1d-4c6a-8e5f-2d4c6b8a0e71',
  displayName: 'Directie Open Overheid',
  description: 'Medewerkers die mail en chat vastleggen in Bronvast',
  mail: 'open-overheid@bronvast.example',
  securityEnabled: true,
  members: [POLICY_OFFICER.id, RECORDS_MANAGER.id],
};
