/** The geometric placement solver and checks shared by the layout editor, templates and model. */
export * from './room';
export * from './check';
export * from './solve';
