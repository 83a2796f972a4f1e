import type { GraphRoute } from '../context';
import { batchRoutes } from './batch/batch-route';
import { channelRoutes } from './teams/channel-routes';
import { chatRoutes } from './teams/chat-routes';
import { columnRoutes } from './lists/column-routes';
import { createFolderRoutes } from './drives/create-folder';
import { deleteRoutes } from './drives/delete-item';
import { driveRoutes } from './drives/drive-routes';
import { groupRoutes } from './directory/group-routes';
import { listDriveRoutes } from './lists/list-drive-route';
import { listItemRoutes } from './lists/list-item-routes';
import { mailRoutes } from './mail/mail-routes';
import { moveRoutes } from './drives/move-item';
import { permissionRoutes } from './permissions/permission-routes';
import { retentionRoutes } from './labels/retention-routes';
import { securityLabelRoutes } from './labels/security-label-routes';
import { searchRoutes } from './search/search-routes';
import { siteRoutes } from './sites/site-routes';
import { uploadGraphRoutes } from './uploads/upload-routes-graph';
import { userRoutes } from './directory/user-routes';
import { versionRoutes } from './drives/version-routes';

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
