/**
 * Runs first in the Teams tab's frame in the workbench: installs the teams-js stand-in as
 * `globalThis.bronvastTeams` and points the tab at the local record system with the workbench
 * user's dev token. The conversation comes from the page's query (`?chat=`, or `?team=` and
 * `?channel=`), else the demo chat; the user and language from the workbench around the frame.
 */
import { TEAMS_STANDIN_GLOBAL } from '../../host/teams-api';
import { parentBridge } from '../bridge';
import { forwardRegionKeys } from '../frame-keys';
import { createTeamsStandIn } from './create-teams-standin';

const DEMO_CHAT = '19:7c1f0a9e2b4d4c8e9f3a6b5d2e1c0f47@thread.v2';
const OFFICER = 'beleid@bronvast.example';

const query = new URLSearchParams(globalThis.location.search);
const bridge = parentBridge();
let graphBaseUrl = bridge?.graphBaseUrl ?? '';
let recordsManagersGroup = bridge?.recordsManagersGroup ?? '';
const upn = query.get('upn') ?? bridge?.upn ?? OFFICER;

const standIn = createTeamsStandIn({
  ready: async () => {
    if (graphBaseUrl === '') {
      const response = await fetch('workbench-config.json');
      const config: { graphBaseUrl: string; recordsManagersGroup?: string } = await response.json();
      graphBaseUrl = config.graphBaseUrl;
      recordsManagersGroup = config.recordsManagersGroup ?? '';
    }
    Reflect.set(globalThis, 'bronvastConfig', {
      graphBaseUrl,
      auth: { mode: 'dev', upn },
      organisationDomains: [upn.split('@')[1] ?? 'bronvast.example'],
      recordsManagersGroup,
      outboxDatabase: 'bronvast-teams-outbox-workbench',
    });
  },
  context: async () => {
    const team = query.get('team');
    const channel = query.get('channel');
    return {
      app: { locale: query.get('lang') ?? bridge?.displayLanguage ?? 'nl-NL' },
      page: { id: 'bronvast', frameContext: query.get('frame') ?? 'content' },
      user: { userPrincipalName: upn },
      ...(team !== null && channel !== null
        ? { team: { groupId: team }, channel: { id: channel } }
        : query.get('personal') === null
          ? { chat: { id: query.get('chat') ?? DEMO_CHAT } }
          : {}),
    };
  },
});
Reflect.set(globalThis, TEAMS_STANDIN_GLOBAL, standIn);
if (bridge !== null) forwardRegionKeys(bridge);
