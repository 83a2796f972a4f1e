/** The manifest tests read XML with the parser the packaging uses. */
export * from '../../scripts/app-package/xml-tree';
