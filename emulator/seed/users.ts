import type { UserRecord } from '../store/records';

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
  role: 'policy-officer',
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
  role: 'records-manager',
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
