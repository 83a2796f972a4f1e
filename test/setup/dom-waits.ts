// The components' tests wait for what a person would see (findBy…, waitFor). Testing Library's
// default wait is 1 s, which a shared 2-core machine can exceed on a suite's first render while
// it loads the lazy chunks; 5 s keeps those waits about behaviour, not about the machine's load.
// Node tests have no DOM and skip this.
if (typeof document !== 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { configure } = require('@testing-library/dom') as typeof import('@testing-library/dom');
  configure({ asyncUtilTimeout: 5000 });
}
