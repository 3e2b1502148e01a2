// Node's own modules for the CLI, as `process.getBuiltinModule` gives them,
// not through `import … from 'node:fs'`. An ES import of a built-in module
// builds its ES facade, which reads every export, lazy getters included:
// for `node:fs` that loads Node's whole stream library (through
// `fs.ReadStream`), about 8 million instructions of a 514-million start,
// for a command that never streams (issue 16). getBuiltinModule is in
// Node.js from 20.16; gcm-kit needs 20.19.

/** `node:fs`. Internal. */
export const fs = process.getBuiltinModule('node:fs');

/** `node:util`. Internal. */
export const util = process.getBuiltinModule('node:util');
