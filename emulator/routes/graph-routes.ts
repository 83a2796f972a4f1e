import type { GraphRoute } from '../context';
import { batchRoutes } from './batch-route';
import { channelRoutes } from './channel-routes';
import { chatRoutes } from './chat-routes';
import { columnRoutes } from './column-routes';
import { createFolderRoutes } from './create-folder';
import { deleteRoutes } from './delete-item';
import { driveRoutes } from './drive-routes';
import { groupRoutes } from './group-routes';
import { listDriveRoutes } from './list-drive-route';
import { listItemRoutes } from './list-item-routes';
import { mailRoutes } from './mail-routes';
import { moveRoutes } from './move-item';
import { permissionRoutes } from './permission-routes';
import { retentionRoutes } from './retention-routes';
import { securityLabelRoutes } from './security-label-routes';
import { searchRoutes } from './search-routes';
import { siteRoutes } from './site-routes';
import { uploadGraphRoutes } from './upload-routes-graph';
import { userRoutes } from './user-routes';
import { versionRoutes } from './version-routes';

/** Every Graph route of the emulator, matched in this order. */
export const graphRoutes: readonly GraphRoute[] = [
  ...batchRoutes,
  ...groupRoutes,
  ...searchRoutes,
  ...userRoutes,
  ...mailRoutes,
  ...chatRoutes,
  ...channelRoutes,
  ...listDriveRoutes,
  ...versionRoutes,
  ...listItemRoutes,
  ...columnRoutes,
  ...siteRoutes,
  ...securityLabelRoutes,
  ...uploadGraphRoutes,
  ...retentionRoutes,
  ...permissionRoutes,
  ...moveRoutes,
  ...deleteRoutes,
  ...createFolderRoutes,
  ...driveRoutes,
];
