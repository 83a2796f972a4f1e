import { paneQuery } from './pane-query';

describe('paneQuery', () => {
  it('gives the pane the display language', () => {
    expect(paneQuery('nl-NL', '')).toBe('?lang=nl-NL');
  });

  it('passes the workbench address view=unfiled on to the pane', () => {
    expect(paneQuery('en-US', '?surface=outlook&view=unfiled')).toBe('?lang=en-US&view=unfiled');
  });

  it('passes no view the pane does not have', () => {
    expect(paneQuery('nl-NL', '?view=%3Cscript%3E')).toBe('?lang=nl-NL');
  });
});
