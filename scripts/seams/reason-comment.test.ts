import { hasReason } from './reason-comment';

const at = (text: string): boolean => hasReason(text, text.indexOf('import {'));

describe('a reason for a deep import', () => {
  it('is a comment on the line right above it', () => {
    expect(
      at(`const a = 1;\n// The reader alone: the index loads MSAL.\nimport { x } from './x';`),
    ).toBe(true);
    expect(at(`const a = 1;\n/* Chunking: the lazy view only. */\nimport { x } from './x';`)).toBe(
      true,
    );
    expect(at(`// Chunking: first view.\nimport { x } from './x';`)).toBe(true);
  });

  it('is not the file header, a comment further up, or no comment', () => {
    expect(at(`/**\n * The page's entry.\n */\nimport { x } from './x';`)).toBe(false);
    expect(at(`// About a.\nconst a = 1;\n\nimport { x } from './x';`)).toBe(false);
    expect(at(`// About a.\n\nimport { x } from './x';`)).toBe(false);
    expect(at(`import { x } from './x';`)).toBe(false);
  });
});
