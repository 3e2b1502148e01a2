// Checks that every public export of every entry has a TSDoc summary, and
// every exported value (function, constant, class) an @example too.
import ts from 'typescript';

const entries = [
  'src/index.ts',
  'src/schemas/index.ts',
  'src/ics/index.ts',
  'src/labels/index.ts',
  'src/sources/index.ts',
];
const program = ts.createProgram(entries, {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  skipLibCheck: true,
  types: ['node'],
});
const checker = program.getTypeChecker();
const problems = [];
let count = 0;
for (const entry of entries) {
  const file = program.getSourceFile(entry);
  if (!file) throw new Error(`no source file ${entry}`);
  for (let symbol of checker.getExportsOfModule(checker.getSymbolAtLocation(file))) {
    count++;
    const name = `${entry.replace('src/', '').replace('/index.ts', '').replace('index.ts', 'gcm-kit')}: ${symbol.name}`;
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    const declarations = symbol.getDeclarations() ?? [];
    // For overloads, the first signature carries the comment.
    const tags = symbol.getJsDocTags(checker);
    const isValue =
      (symbol.flags &
        (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class)) !==
      0;
    if (summary === '') problems.push(`${name}: no TSDoc summary`);
    if (isValue && !tags.some((t) => t.name === 'example')) problems.push(`${name}: no @example`);
    if (declarations.length === 0) problems.push(`${name}: no declaration`);
  }
}
if (problems.length > 0) {
  console.error(
    `${problems.length} of ${count} public exports lack documentation:\n${problems.join('\n')}`,
  );
  process.exit(1);
}
console.log(`all ${count} public exports have a summary; every value has an example`);
