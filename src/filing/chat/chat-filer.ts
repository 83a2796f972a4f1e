import type { Assessment, Dossier, Message } from '../../core';
import { asDossierId } from '../../core/vocabulary';
import {
  recordFileName,
  recordMetadataFromAssessment,
  chatSourceFileName,
} from '../../core/records';
import {
  type ChatPost,
  messageFromChatSelection,
  selectionInOrder,
  rereadPosts,
} from '../../graph/chats';
import type { GraphClient, SiteIds } from '../../graph';
import {
  contentFromText,
  hashContent,
  findRecordByDedupKey,
  fileRecord,
  addRecordVersion,
  areaFolder,
  INTAKE_FOLDER,
} from '../../graph/records';
import type {
  ChatFilingRequest,
  FiledResult,
  FileJob,
  FilingStage,
  RefusedResult,
} from '../outbox';
import { embedChatImages } from './chat-images';
import type { FilingErrorCode } from '../filing-error';
import { renderChatRecord } from './render-chat-record';
import type { ChatSanitizer } from './sanitize-chat-html';

/** What filing a chat decision needs. */
export interface ChatFilerDependencies {
  readonly client: GraphClient;
  readonly site: () => Promise<SiteIds>;
  readonly dossiers: () => Promise<readonly Dossier[]>;
  readonly assess: (message: Message) => Promise<Assessment>;
  readonly sanitize: ChatSanitizer;
  /** The signed-in member, recorded as "filed by". */
  readonly filedBy: string;
  readonly now?: () => Date;
}

/** Files one chat decision; throws only for failed I/O. */
export type ChatFiler = (
  request: ChatFilingRequest,
  onStage: (stage: FilingStage) => void,
) => Promise<FiledResult | RefusedResult>;

/** The outbox's filer for a surface that files chat decisions only (the Teams tab). */
export function chatFileJob<C extends string = never>(
  filer: ChatFiler,
): FileJob<FilingErrorCode | C> {
  return (job, onStage) =>
    job.kind === 'chat'
      ? filer(job, onStage)
      : Promise.resolve({ outcome: 'refused', reason: 'not-a-chat-message' });
}

/** A chat decision read afresh, or why it cannot be filed. */
type ReadSelection =
  { readonly ok: true; readonly decision: ChatPost; readonly context: ChatPost[] } | RefusedResult;

async function readSelection(
  client: GraphClient,
  request: ChatFilingRequest,
): Promise<ReadSelection> {
  const { location, decision, context } = request.chat;
  const refs = [decision, ...context.filter((ref) => ref.id !== decision.id)];
  const again = await rereadPosts(
    client,
    refs.map((ref) => ({ id: ref.id, replyToId: ref.replyToId, location })),
  );
  const posts: ChatPost[] = [];
  for (const entry of again) {
    if (entry.kind === 'gone' || entry.post.kind === 'deleted')
      return { outcome: 'refused', reason: 'chat-message-deleted' };
    posts.push(entry.post);
  }
  const [first, ...rest] = posts;
  if (first === undefined || first.kind !== 'message')
    return { outcome: 'refused', reason: 'chat-message-deleted' };
  return { ok: true, decision: first, context: rest };
}

/**
 * Files a queued chat decision: every selected message read again (a deleted one refuses the
 * job, so nothing is filed empty), inline images embedded, rendered as one sanitised HTML page
 * with the chatMessage JSON beside it, assessed, and filed under the decision's dedup key. The
 * same decision filed again is the same record: unchanged content is `already-filed`, more
 * context becomes a new version of it. With 20 context messages: 2 reads, the dedup lookup,
 * 2 uploads and one `$batch`, plus one request per inline image.
 */
export function createChatFiler(dependencies: ChatFilerDependencies): ChatFiler {
  const { client } = dependencies;
  return async (request, onStage) => {
    const read = await readSelection(client, request);
    if (!('ok' in read)) return read;
    const selection = { decision: read.decision, context: read.context, title: request.chat.title };
    const posts = selectionInOrder(selection);
    const message = messageFromChatSelection(selection);
    const [site, assessment, dossiers, images] = await Promise.all([
      dependencies.site(),
      dependencies.assess(message),
      dependencies.dossiers(),
      embedChatImages(client, posts),
    ]);
    const { choices } = request;
    const html = renderChatRecord(
      {
        title: request.chat.title,
        posts,
        decisionId: read.decision.id,
        images,
        toelichting: choices.toelichting ?? '',
      },
      dependencies.sanitize,
    );
    const content = contentFromText(html);
    const chatSource = contentFromText(
      `${JSON.stringify(
        posts.map((post) => post.source),
        null,
        2,
      )}\n`,
    );
    const draft = recordMetadataFromAssessment({
      message,
      assessment,
      choices,
      filedBy: dependencies.filedBy,
      filedAt: (dependencies.now ?? (() => new Date()))(),
    });
    const retentionLabel = dossiers.find(
      (dossier) => dossier.id === choices.dossier,
    )?.retentionLabel;
    const label = retentionLabel === undefined ? {} : { retentionLabel };
    const sha256 = await hashContent(content);
    const existing = await findRecordByDedupKey(client, site, draft.dedupKey);
    onStage('uploading');
    if (existing === null) {
      const result = await fileRecord(client, {
        site,
        content,
        chatSource,
        message,
        metadata: draft,
        dossierFolder: choices.dossier,
        existing: null,
        ...label,
      });
      if (result.kind === 'conflict') return { outcome: 'refused', reason: result.code };
      if (result.kind === 'already-filed-by-other') {
        const dossier = asDossierId(result.path.split('/')[1] ?? choices.dossier);
        return { outcome: 'already-filed', recordUrl: '', dossier };
      }
      const dossier = result.record.metadata?.dossier ?? choices.dossier;
      return { outcome: result.kind, recordUrl: result.record.webUrl, dossier };
    }
    const dossier = existing.metadata?.dossier ?? choices.dossier;
    if (existing.metadata?.sha256 === sha256)
      return { outcome: 'already-filed', recordUrl: existing.webUrl, dossier };
    // The same decision with other context: a new version of the same record, never a second one.
    onStage('metadata');
    const folder = areaFolder(INTAKE_FOLDER, dossier);
    const path = `${folder}/${recordFileName(message, { folderPath: folder })}`;
    const version = await addRecordVersion(client, {
      site,
      existing,
      path,
      content,
      metadata: { ...draft, dossier, sha256 },
      companion: { path: chatSourceFileName(path), content: chatSource },
      ...label,
    });
    return {
      outcome: version.kind === 'versioned' ? 'filed' : 'already-filed',
      recordUrl: version.kind === 'versioned' ? version.record.webUrl : existing.webUrl,
      dossier,
    };
  };
}
