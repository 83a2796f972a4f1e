import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { lintProbes, root } from './lint-probe';

const use = (names: string) => `\nexport const used = [${names}];\n`;

// One ESLint run for every probe: each rule below is shown to fire (and the allowed imports
// to pass), so a rule that silently stopped working fails here.
const probes = {
  coreToGraph: {
    path: 'src/core/example.ts',
    text: `import { createGraphClient } from '../graph';${use('createGraphClient')}`,
  },
  coreToReactAndNode: {
    path: 'src/core/example.ts',
    text: `import { useState } from 'react';\nimport { readFileSync } from 'node:fs';${use('useState, readFileSync')}`,
  },
  coreToHtmlLibrary: {
    path: 'src/core/example.ts',
    text: `import { convert } from 'html-to-text';${use('convert')}`,
  },
  coreDynamicImport: {
    path: 'src/core/example.ts',
    text: `export const load = () => import('../graph');\n`,
  },
  computedDynamicImport: {
    path: 'src/ui/example.ts',
    text: `export const load = (name: string) => import(name);\n`,
  },
  surfaceToSurface: {
    path: 'src/taskpane/example.ts',
    text: `import { x } from '../review/x';${use('x')}`,
  },
  surfaceToEmulator: {
    path: 'src/taskpane/example.ts',
    text: `import { startEmulator } from '../../emulator/server';${use('startEmulator')}`,
  },
  workbenchOwnFolderNamedLikeASurface: {
    path: 'src/workbench/example.ts',
    text: `import { x } from './teams/x';${use('x')}`,
  },
  workbenchToNode: {
    path: 'src/workbench/example.ts',
    text: `import { readFileSync } from 'node:fs';${use('readFileSync')}`,
  },
  cliPastIndex: {
    path: 'src/cli/example.ts',
    text: `import { findSiteId } from '../graph/site';${use('findSiteId')}`,
  },
  cliThroughIndexOrWithReason: {
    path: 'src/cli/example.ts',
    text: `import { findSiteId } from '../graph';\nimport { describeError } from '../texts';\n// The .msg reader itself: the MIME index stays without msgreader.\nimport { parseMsg } from '../mime/parse-msg';${use('findSiteId, describeError, parseMsg')}`,
  },
  graphPastIndex: {
    path: 'src/graph/example.ts',
    text: `import { asDossierId } from '../core/ids';\nimport { sha256Hex } from '../core/records/sha256-hash';${use('asDossierId, sha256Hex')}`,
  },
  graphThroughModuleIndexes: {
    path: 'src/graph/example.ts',
    text: `import { asDossierId } from '../core/vocabulary';\nimport { sha256Hex } from '../core/records';\nimport type { Message } from '../core';${use('asDossierId, sha256Hex')}\nexport type M = Message;\n`,
  },
  fileHeaderIsNoReason: {
    path: 'src/signin/example.ts',
    text: `/** The page's entry. */\nimport { whenOfficeReady } from '../host/office';${use('whenOfficeReady')}`,
  },
  distantCommentIsNoReason: {
    path: 'src/filing/example.ts',
    text: `export const first = 1;\n// A comment about something else.\n\nimport { fileRecord } from '../graph/records/file-record';${use('fileRecord')}`,
  },
  emulatorPastIndex: {
    path: 'emulator/example.ts',
    text: `import { findSiteId } from '../src/graph/site';\n// The dev token's reader alone: the host's index loads MSAL.\nimport { parseDevToken } from '../src/host/dev-token';${use('findSiteId, parseDevToken')}`,
  },
  reviewPastIndex: {
    path: 'src/review/example.ts',
    text: `import { findSiteId } from '../graph/site';${use('findSiteId')}`,
  },
  teamsPastIndex: {
    path: 'src/teams/example.ts',
    text: `import { findSiteId } from '../graph/site';${use('findSiteId')}`,
  },
  hostToGraph: {
    path: 'src/host/example.ts',
    text: `import type { SiteIds } from '../graph';\nexport type S = SiteIds;\n`,
  },
  filingToUiAndHost: {
    path: 'src/filing/example.ts',
    text: `import { useTexts } from '../ui';\nimport { toRestId } from '../host';${use('useTexts, toRestId')}`,
  },
  filingToReact: {
    path: 'src/filing/example.ts',
    text: `import { useState } from 'react';${use('useState')}`,
  },
  graphToFiling: {
    path: 'src/graph/example.ts',
    text: `import { createMailFiler } from '../filing';${use('createMailFiler')}`,
  },
  coreToFilingType: {
    path: 'src/core/example.ts',
    text: `import type { FilingJob } from '../filing';\nexport type J = FilingJob;\n`,
  },
  commandsToReact: {
    path: 'src/commands/example.ts',
    text: `import { useState } from 'react';${use('useState')}`,
  },
  cliToReact: {
    path: 'src/cli/example.ts',
    text: `import { useState } from 'react';${use('useState')}`,
  },
  teamsToTeamsJs: {
    path: 'src/teams/example.ts',
    text: `import { app } from '@microsoft/teams-js';${use('app')}`,
  },
  documentsToGraphAndExports: {
    path: 'src/documents/example.ts',
    text: `import { createGraphClient } from '../graph';\nimport { exportXml } from '../exports';${use('createGraphClient, exportXml')}`,
  },
  documentsToReact: {
    path: 'src/documents/example.ts',
    text: `import { useState } from 'react';${use('useState')}`,
  },
  mimeToDocuments: {
    path: 'src/mime/example.ts',
    text: `import { readDocumentText } from '../documents';${use('readDocumentText')}`,
  },
  exportsToDocuments: {
    path: 'src/exports/example.ts',
    text: `import { readDocumentText } from '../documents';${use('readDocumentText')}`,
  },
  coreToPdfReader: {
    path: 'src/core/example.ts',
    text: `import { extractText } from 'unpdf';${use('extractText')}`,
  },
  documentsAllowed: {
    path: 'src/documents/example.ts',
    text: `import { assessDisclosure } from '../core/disclosure';\nimport { attachmentFiles } from '../mime';\nimport mammoth from 'mammoth';${use('assessDisclosure, attachmentFiles, mammoth')}`,
  },
  cliToDocuments: {
    path: 'src/cli/example.ts',
    text: `import { assessMailAttachments } from '../documents';${use('assessMailAttachments')}`,
  },
  allowedImports: {
    path: 'src/filing/example.ts',
    text: `import { asDossierId } from '../core';\nimport { createGraphClient } from '../graph';\nimport { parseEml } from '../mime';${use('asDossierId, createGraphClient, parseEml')}`,
  },
  textsToCodeBelow: {
    path: 'src/texts/example.ts',
    text: `import { isSignInError } from '../host';\nimport { createGraphClient } from '../graph';${use('isSignInError, createGraphClient')}`,
  },
  textsToUiAndReact: {
    path: 'src/texts/example.ts',
    text: `import { useTexts } from '../ui';\nimport { useState } from 'react';${use('useTexts, useState')}`,
  },
  textsAllowed: {
    path: 'src/texts/example.ts',
    text: `import { disclosureLevelLabels } from '../core/woo';\nimport type { SignInErrorCode } from '../host';\nimport { type FilingWarning } from '../filing';\nimport type { CalendarStrings } from '@fluentui/react-datepicker-compat';\nexport type T = [SignInErrorCode, FilingWarning, CalendarStrings];${use('disclosureLevelLabels')}`,
  },
  hostToTexts: {
    path: 'src/host/example.ts',
    text: `import type { UiLanguage } from '../texts';\nexport type L = UiLanguage;\n`,
  },
  uiToFiling: {
    path: 'src/ui/example.ts',
    text: `import type { FilingJob } from '../filing';\nexport type J = FilingJob;\n`,
  },
  floatingPromise: {
    path: 'src/filing/example.ts',
    text: `export async function save(): Promise<void> {}\nexport function later(): void {\n  save();\n}\n`,
  },
  misusedPromise: {
    path: 'src/filing/example.ts',
    text: `export function onEach(items: string[], save: (item: string) => Promise<void>): void {\n  items.forEach(save);\n  if (save('x')) return;\n}\n`,
  },
  thrownString: {
    path: 'src/filing/example.ts',
    text: `export function fail(): never {\n  throw 'geen verbinding';\n}\n`,
  },
  conditionalHook: {
    path: 'src/ui/Example.tsx',
    text: `import { useState } from 'react';\nexport function Example({ show }: { show: boolean }) {\n  if (show) useState(0);\n  return null;\n}\n`,
  },
  missingHookDependency: {
    path: 'src/ui/Example.tsx',
    text: `import { useEffect } from 'react';\nexport function Example({ id }: { id: string }) {\n  useEffect(() => console.log(id), []);\n  return null;\n}\n`,
  },
  focusedTest: {
    path: 'src/core/example.test.ts',
    // Written from parts, so that a search of the sources for focused tests finds none here.
    text: `it.${'only'}('runs alone', () => expect(1).toBe(1));\ndescribe.${'only'}('alone', () => undefined);\n`,
  },
} as const;

let errors: Record<keyof typeof probes, string[]>;
beforeAll(() => {
  errors = lintProbes(probes);
}, 120_000);

const layerError = (pattern: RegExp) =>
  expect.stringMatching(new RegExp(`^bronvast/layer-imports: .*${pattern.source}`));

describe('lint keeps the layers apart', () => {
  it('rejects a core module importing the Graph adapter, saying why', () => {
    expect(errors.coreToGraph).toEqual([
      layerError(/src\/core may not import src\/graph: arrows go core <- mime/),
    ]);
  });

  it('rejects React, Node built-ins and other libraries in the core', () => {
    expect(errors.coreToReactAndNode).toEqual([
      layerError(/may not use the package 'react': src\/core is pure/),
      layerError(/may not use the package 'node:fs'/),
    ]);
    expect(errors.coreToHtmlLibrary).toEqual([layerError(/package 'html-to-text'/)]);
  });

  it('checks dynamic imports too, and refuses ones it cannot check', () => {
    expect(errors.coreDynamicImport).toEqual([layerError(/src\/core may not import src\/graph/)]);
    expect(errors.computedDynamicImport).toEqual([layerError(/names its module literally/)]);
  });

  it('rejects one surface importing another, or the local record system', () => {
    expect(errors.surfaceToSurface).toEqual([
      layerError(/src\/taskpane may not import src\/review/),
    ]);
    expect(errors.surfaceToEmulator).toEqual([layerError(/src\/taskpane may not import emulator/)]);
  });

  it('resolves paths, so a surface folder named like another surface is its own', () => {
    expect(errors.workbenchOwnFolderNamedLikeASurface).toEqual([]);
  });

  it('keeps Node out of the workbench, which runs in the browser (its server is in scripts/serve)', () => {
    expect(errors.workbenchToNode).toEqual([
      layerError(/src\/workbench may not use the package 'node:fs'/),
    ]);
  });

  it('has the command line import other layers through an index, or say why not', () => {
    expect(errors.cliPastIndex).toEqual([
      layerError(/src\/cli imports src\/graph\/site past its index: import from src\/graph/),
    ]);
    expect(errors.cliThroughIndexOrWithReason).toEqual([]);
  });

  it('asks the same of every layer below the surfaces, and of the local record system', () => {
    expect(errors.graphPastIndex).toEqual([
      layerError(/src\/graph imports src\/core\/ids past its index: import from src\/core/),
      layerError(/src\/graph imports src\/core\/records\/sha256-hash past its index/),
    ]);
    expect(errors.graphThroughModuleIndexes).toEqual([]);
    expect(errors.emulatorPastIndex).toEqual([
      layerError(/emulator imports src\/graph\/site past its index: import from src\/graph/),
    ]);
  });

  it('takes only a comment right above an import as its reason, not the file header', () => {
    expect(errors.fileHeaderIsNoReason).toEqual([
      layerError(/src\/signin imports src\/host\/office past its index/),
    ]);
    expect(errors.distantCommentIsNoReason).toEqual([
      layerError(/src\/filing imports src\/graph\/records\/file-record past its index/),
    ]);
    expect(errors.reviewPastIndex).toEqual([
      layerError(/src\/review imports src\/graph\/site past its index: import from src\/graph/),
    ]);
    // Not yet asked of the other surfaces (scripts/import-seams.ts counts them).
    expect(errors.teamsPastIndex).toEqual([]);
  });

  it('keeps the host to Office.js, teams-js and MSAL', () => {
    expect(errors.hostToGraph).toEqual([layerError(/src\/host may not import src\/graph/)]);
    expect(errors.teamsToTeamsJs).toEqual([
      layerError(/src\/teams may not use the package '@microsoft\/teams-js'/),
    ]);
  });

  it('keeps the filing layer below the UI and the host, and free of React', () => {
    expect(errors.filingToUiAndHost).toEqual([
      layerError(/src\/filing may not import src\/ui/),
      layerError(/src\/filing may not import src\/host/),
    ]);
    expect(errors.filingToReact).toEqual([layerError(/hooks and components go to src\/ui/)]);
  });

  it('rejects the Graph adapter or the core importing the filing layer', () => {
    expect(errors.graphToFiling).toEqual([layerError(/src\/graph may not import src\/filing/)]);
    expect(errors.coreToFilingType).toEqual([layerError(/src\/core may not import src\/filing/)]);
  });

  it('keeps React out of the commands and the command line', () => {
    expect(errors.commandsToReact).toEqual([layerError(/commands run without a DOM/)]);
    expect(errors.cliToReact).toEqual([layerError(/src\/cli may not use the package 'react'/)]);
  });

  it('keeps the document readers above mime and below the pipeline, saying why', () => {
    expect(errors.documentsToGraphAndExports).toEqual([
      layerError(/src\/documents may not import src\/graph: arrows go core <- mime <- documents/),
      layerError(/src\/documents may not import src\/exports/),
    ]);
    expect(errors.documentsToReact).toEqual([
      layerError(/may not use the package 'react': src\/documents reads the text of attachments/),
    ]);
    expect(errors.mimeToDocuments).toEqual([layerError(/src\/mime may not import src\/documents/)]);
    expect(errors.exportsToDocuments).toEqual([
      layerError(/src\/exports may not import src\/documents/),
    ]);
    expect(errors.coreToPdfReader).toEqual([layerError(/package 'unpdf': src\/core is pure/)]);
    expect(errors.documentsAllowed).toEqual([]);
    expect(errors.cliToDocuments).toEqual([]);
  });

  it('keeps the texts to sentences: the core, and only the types of the codes below them', () => {
    expect(errors.textsToCodeBelow).toEqual([
      layerError(/src\/texts may not import src\/host: src\/texts turns codes into sentences/),
      layerError(/src\/texts may not import src\/graph/),
    ]);
    expect(errors.textsToUiAndReact).toEqual([
      layerError(/src\/texts may not import src\/ui/),
      layerError(/may not use the package 'react': src\/texts is plain sentences/),
    ]);
    expect(errors.textsAllowed).toEqual([]);
    expect(errors.hostToTexts).toEqual([layerError(/src\/host may not import src\/texts/)]);
  });

  it('lets each layer import what lies below it', () => {
    expect(errors.allowedImports).toEqual([]);
    expect(errors.uiToFiling).toEqual([]);
  });
});

describe('lint catches what the compiler lets through', () => {
  it('rejects a promise nobody awaits, a promise where a value is expected, and thrown strings', () => {
    expect(errors.floatingPromise).toEqual([
      expect.stringMatching(/^@typescript-eslint\/no-floating-promises/),
    ]);
    expect(errors.misusedPromise).toEqual([
      expect.stringMatching(/^@typescript-eslint\/no-misused-promises/),
      expect.stringMatching(/^@typescript-eslint\/no-misused-promises/),
    ]);
    expect(errors.thrownString).toEqual([
      expect.stringMatching(/^@typescript-eslint\/only-throw-error/),
    ]);
  });

  it('enforces the rules of hooks', () => {
    expect(errors.conditionalHook).toEqual([expect.stringMatching(/^react-hooks\/rules-of-hooks/)]);
    expect(errors.missingHookDependency).toEqual([
      expect.stringMatching(/^react-hooks\/exhaustive-deps/),
    ]);
  });

  it('rejects focused tests', () => {
    expect(errors.focusedTest).toEqual([
      expect.stringMatching(/^no-restricted-properties: .*focused test/),
      expect.stringMatching(/^no-restricted-properties: .*focused test/),
    ]);
  });
});

describe('the core type-checks without DOM, Node or Office', () => {
  function coreDiagnostics(source: string): string[] {
    const configPath = join(root, 'src/core/tsconfig.json');
    const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, join(root, 'src/core'));
    const dir = mkdtempSync(join(tmpdir(), 'bronvast-core-'));
    const file = join(dir, 'probe.ts');
    writeFileSync(file, source);
    const program = ts.createProgram([file], { ...parsed.options, noEmit: true });
    return ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  it('accepts plain ES2022', () => {
    expect(coreDiagnostics('export const n: number = [1, 2].at(-1) ?? 0;\n')).toEqual([]);
  });

  it('rejects window, fetch and Office', () => {
    const errors = coreDiagnostics(
      'export const a = window.location;\nexport const b = fetch;\nexport const c = Office.context;\n',
    );
    expect(errors.join('\n')).toMatch(/window/);
    expect(errors.join('\n')).toMatch(/fetch/);
    expect(errors.join('\n')).toMatch(/Office/);
  });
});
