// Writes a zod-free checker from a zod schema: a function that answers
// "does zod accept this value, unchanged?" for JSON values, walking the
// schema's own definition (types, bounds, regexes, enums, refinements), so
// it cannot drift from the schema. It is a one-sided answer: true only when
// zod would accept the value and give it back as it is; a node it cannot
// model is written as `false` (that field always goes to the full parse) and
// listed in the file's header. Used by scripts/fast-check.mjs and by the
// test that keeps src/schemas/checkFields.generated.ts current.

/**
 * @param {import('zod').ZodType} schema - The schema to check against.
 * @param {{ name: string, refinements: readonly (readonly [Function, string, string])[], patterns?: readonly (readonly [string, string, string])[] }} options -
 *   the schema's name for the header; the refinement functions it may use,
 *   each with the name and module to import it from; and functions that
 *   replace regular expressions, each with the regex's text (`/source/flags`),
 *   its name and its module (a regex whose text is not listed is tested as
 *   it is).
 * @returns {string} The TypeScript module.
 */
export function renderFastCheck(schema, { name, refinements, patterns = [] }) {
  const constants = [];
  const functions = [];
  const names = new Map();
  const unsupported = new Set();
  const imports = new Map();

  const byText = new Map();
  /** A module-level constant, one per distinct text. */
  const constant = (text, prefix) => {
    const known = byText.get(text);
    if (known !== undefined) return known;
    const id = `${prefix}${constants.length}`;
    constants.push(`const ${id} = ${text};`);
    byText.set(text, id);
    return id;
  };
  const regex = (re) => {
    const known = patterns.find(([text]) => text === `/${re.source}/${re.flags}`);
    if (known !== undefined) {
      imports.set(known[1], known[2]);
      return (v) => `${known[1]}(${v})`;
    }
    const id = constant(`/${re.source}/${re.flags}`, 'r');
    return (v) =>
      /[gy]/.test(re.flags) ? `((${id}.lastIndex = 0), ${id}.test(${v}))` : `${id}.test(${v})`;
  };
  /** A list of values, written once however many places use it. */
  const valuesOf = (list) => constant(`${JSON.stringify(list)} as const`, 'c');
  const refuse = (what) => {
    unsupported.add(what);
    return () => 'false';
  };

  /** The checks of a schema node's `checks` list, as conditions on `v`. */
  const checksOf = (def, kind) =>
    (def.checks ?? []).map((c) => {
      const d = c._zod.def;
      if (d.check === 'max_length') return (v) => `${v}.length <= ${d.maximum}`;
      if (d.check === 'min_length') return (v) => `${v}.length >= ${d.minimum}`;
      if (d.check === 'string_format' && d.format === 'regex' && kind === 'string')
        return regex(d.pattern);
      if (d.check === 'less_than' && kind === 'number')
        return (v) => `${v} ${d.inclusive ? '<=' : '<'} ${d.value}`;
      if (d.check === 'greater_than' && kind === 'number')
        return (v) => `${v} ${d.inclusive ? '>=' : '>'} ${d.value}`;
      if (d.check === 'custom') {
        const known = refinements.find(([fn]) => fn === d.fn);
        if (known === undefined) return refuse('a refinement with no zod-free twin');
        imports.set(known[1], known[2]);
        return (v) => `${known[1]}(${v}) === true`;
      }
      return refuse(`the check ${d.check}${d.format ? ` (${d.format})` : ''}`);
    });

  const byBody = new Map();
  /** A function name that checks one schema node; nodes with the same checks share one. */
  const fn = (node) => {
    const known = names.get(node);
    if (known !== undefined) return known;
    const text = body(node);
    let id = byBody.get(text);
    if (id === undefined) {
      id = `f${functions.length}`;
      functions.push(`function ${id}(v: unknown): boolean {\n${text}\n}`);
      byBody.set(text, id);
    }
    names.set(node, id);
    return id;
  };
  /** A condition on `v` for one schema node, inline where short. */
  const cond = (node, v) => {
    const def = node._zod.def;
    if (def.type === 'optional') return `(${v} === undefined || ${cond(def.innerType, v)})`;
    if (def.type === 'nullable') return `(${v} === null || ${cond(def.innerType, v)})`;
    if (def.type === 'boolean' && (def.checks ?? []).length === 0)
      return `typeof ${v} === 'boolean'`;
    if (def.type === 'enum' && (def.checks ?? []).length === 0)
      return `${constant(`new Set<unknown>(${valuesOf(Object.values(def.entries))})`, 's')}.has(${v})`;
    if (def.type === 'literal' && (def.checks ?? []).length === 0)
      return `${constant(`new Set<unknown>(${JSON.stringify(def.values)})`, 's')}.has(${v})`;
    return `${fn(node)}(${v})`;
  };
  const body = (node) => {
    const def = node._zod.def;
    switch (def.type) {
      case 'string': {
        const parts = [`typeof v === 'string'`];
        if (def.format === 'date' && def.pattern instanceof RegExp)
          parts.push(regex(def.pattern)('v'));
        else if (def.format !== undefined) parts.push(refuse(`the string format ${def.format}`)());
        for (const check of checksOf(def, 'string')) parts.push(check('v'));
        return `  return ${parts.join(' && ')};`;
      }
      case 'number': {
        const parts = [`typeof v === 'number'`];
        if (def.format === 'safeint') parts.push('Number.isSafeInteger(v)');
        else if (def.format === undefined) parts.push('Number.isFinite(v)');
        else parts.push(refuse(`the number format ${def.format}`)());
        for (const check of checksOf(def, 'number')) parts.push(check('v'));
        return `  return ${parts.join(' && ')};`;
      }
      case 'array': {
        const lines = ['  if (!Array.isArray(v)) return false;'];
        for (const check of checksOf(def, 'array'))
          lines.push(`  if (!(${check('v')})) return false;`);
        lines.push(
          `  for (let i = 0; i < v.length; i++) if (!(${cond(def.element, 'v[i]')})) return false;`,
        );
        lines.push('  return true;');
        return lines.join('\n');
      }
      case 'object': {
        const catchall = def.catchall?._zod.def.type;
        if ((def.checks ?? []).length > 0) return `  return ${refuse('checks on an object')()};`;
        if (catchall !== undefined && catchall !== 'never')
          return `  return ${refuse(`an object with a ${catchall} catchall`)()};`;
        const keys = Object.keys(def.shape);
        const lines = [
          `  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;`,
          '  const o = v as Record<string, unknown>;',
        ];
        // A strict object: the fields present are counted as they are
        // checked, and the object may have no other own key. (Values from
        // JSON.parse have own data properties only; the caller refuses an
        // Object.prototype with enumerable keys, which zod would see.)
        const strict = catchall === 'never';
        if (strict) lines.push('  let n = 0;');
        keys.forEach((key, i) => {
          const child = def.shape[key];
          const access = /^[A-Za-z_$][\w$]*$/.test(key) ? `o.${key}` : `o[${JSON.stringify(key)}]`;
          const optional = child._zod.def.type === 'optional';
          const inner = optional ? child._zod.def.innerType : child;
          const x = `x${i}`;
          lines.push(`  const ${x} = ${access};`);
          if (optional) {
            lines.push(
              `  if (${x} !== undefined) {${strict ? ' n++;' : ''} if (!(${cond(inner, x)})) return false; }`,
            );
          } else {
            lines.push(`  if (${x} === undefined || !(${cond(inner, x)})) return false;`);
            if (strict) lines.push('  n++;');
          }
        });
        if (strict) lines.push('  for (const _ in o) n--;', '  return n === 0;');
        else lines.push('  return true;');
        return lines.join('\n');
      }
      case 'union':
        return `  return ${def.options.map((o) => cond(o, 'v')).join(' || ')};`;
      case 'optional':
      case 'nullable':
      case 'boolean':
      case 'enum':
      case 'literal':
        return `  return ${cond(node, 'v')};`;
      default:
        return `  return ${refuse(`the type ${def.type}`)()};`;
    }
  };

  // The explaining twin of the checker: for a value the checker refuses,
  // where it fails. It descends into an object or an array only when the
  // container itself passes (type and bounds), so that each failure it
  // lists is a value whose own issues zod gives, in zod's order: the
  // fields of an object in the order of its shape, then its unknown keys,
  // the elements of an array in order.
  const explainers = [];
  const explainNames = new Map();
  const explainByBody = new Map();
  const unwrapOptional = (node) =>
    node._zod.def.type === 'optional' ? unwrapOptional(node._zod.def.innerType) : node;
  /** A statement that records why the value `v` at path `p` fails `node`. */
  const explainCall = (node, v, p) => {
    const inner = unwrapOptional(node);
    const type = inner._zod.def.type;
    if (type === 'object' || type === 'array') return `${explainFn(inner)}(${v}, ${p}, out);`;
    const issues = issuesFn(inner);
    return issues === undefined
      ? `out.push({ path: ${p} });`
      : `out.push({ path: ${p}, issues: ${issues}(${v}) });`;
  };

  // zod's own issues for the values most often wrong, written here so that
  // the report of a record with only such mistakes needs no zod: a value
  // outside a code list, a string that fails exactly one check whose
  // message does not depend on the value (a pattern, a refinement, a date
  // format), and a union of such. Anything else returns undefined, and zod
  // says. The test on the edge corpus compares them with zod's.
  /** A message that does not depend on the value, or undefined. */
  const constantMessage = (error, code) => {
    if (typeof error !== 'function') return undefined;
    const say = (input) => {
      const r = error({ code, input, path: [] });
      return typeof r === 'string' ? r : r?.message;
    };
    const a = say('a');
    return typeof a === 'string' && a === say('\uD800 x 1') ? a : undefined;
  };
  /** The checks of a string node as [condition, issue text, aborts], or undefined if one is not modelled. */
  const stringChecks = (def) => {
    const out = [];
    if (def.format === 'date' && def.pattern instanceof RegExp) {
      const message = constantMessage(def.error, 'invalid_format');
      if (message === undefined) return undefined;
      out.push([regex(def.pattern)('v'), { code: 'invalid_format', message }, false]);
    } else if (def.format !== undefined) return undefined;
    for (const c of def.checks ?? []) {
      const d = c._zod.def;
      let issue;
      if (d.check === 'string_format' && d.format === 'regex') {
        const message = constantMessage(d.error, 'invalid_format');
        issue = message === undefined ? undefined : { code: 'invalid_format', message };
      } else if (d.check === 'custom') {
        const message = constantMessage(d.error, 'custom');
        issue = message === undefined ? undefined : { code: 'custom', message };
      }
      const condition = checksOf({ checks: [c] }, 'string')[0]('v');
      out.push([condition, issue, d.abort === true]);
    }
    return out;
  };
  const issueNames = new Map();
  const issueByBody = new Map();
  const issueFunctions = [];
  /** The name of a function giving zod's issues for a value that fails `node`, or undefined. */
  const issuesFn = (node) => {
    if (issueNames.has(node)) return issueNames.get(node);
    const lines = issueBody(node);
    let id;
    if (lines !== undefined) {
      const text = lines.join('\n');
      id = issueByBody.get(text);
      if (id === undefined) {
        id = `i${issueFunctions.length}`;
        issueFunctions.push(
          `function ${id}(v: unknown): readonly LeafIssue[] | undefined {\n${text}\n}`,
        );
        issueByBody.set(text, id);
      }
    }
    issueNames.set(node, id);
    return id;
  };
  const enumIssue = (def) => {
    const values = Object.values(def.entries);
    const message =
      def.error === undefined
        ? `Invalid option: expected one of ${values.map((x) => JSON.stringify(x)).join('|')}`
        : constantMessage(def.error, 'invalid_value');
    if (message === undefined || values.length < 2) return undefined;
    return constant(
      `[{ code: 'invalid_value', values: ${valuesOf(values)}, message: ${JSON.stringify(message)}, path: [] }] as const`,
      'q',
    );
  };
  /**
   * Lines that set `issues` (and `aborted`) for a string value failing a
   * string node, or undefined when it cannot be said without zod.
   */
  const stringIssueLines = (def, inUnion) => {
    if ((def.checks ?? []).length === 0 && def.format === undefined) return undefined;
    const checks = stringChecks(def);
    if (checks === undefined) return undefined;
    const lines = ['  let failed = 0;', '  let issue: LeafIssue | undefined;'];
    if (inUnion) lines.push('  let aborted = false;');
    for (const [condition, issue, aborts] of checks) {
      const set =
        issue === undefined
          ? 'issue = undefined;'
          : `issue = ${constant(`{ ...${JSON.stringify(issue)}, path: [] } as const`, 'q')};`;
      lines.push(
        `  if (!(${condition})) { failed++; ${set}${inUnion ? ` aborted = ${aborts};` : ''} }`,
      );
    }
    return lines;
  };
  const issueBody = (node) => {
    const def = node._zod.def;
    if (def.type === 'enum' && (def.checks ?? []).length === 0) {
      const issue = enumIssue(def);
      return issue === undefined ? undefined : ['  void v;', `  return ${issue};`];
    }
    if (def.type === 'string') {
      const lines = stringIssueLines(def, false);
      if (lines === undefined) return undefined;
      return [
        `  if (typeof v !== 'string') return undefined;`,
        ...lines,
        '  return failed === 1 && issue !== undefined ? [issue] : undefined;',
      ];
    }
    if (def.type === 'union') {
      // zod's rule: the issues of the one option that failed on its checks
      // (not on its type or code list), else one invalid_union issue.
      const message = constantMessage(def.error, 'invalid_union');
      if (message === undefined) return undefined;
      const union = constant(
        `[{ code: 'invalid_union', message: ${JSON.stringify(message)}, path: [] }] as const`,
        'q',
      );
      const lines = [
        `  if (typeof v !== 'string') return ${union};`,
        '  let soft: LeafIssue | undefined;',
        '  let softCount = 0;',
      ];
      for (const option of def.options) {
        const o = option._zod.def;
        if (o.type === 'enum' && (o.checks ?? []).length === 0) continue;
        if (o.type !== 'string') return undefined;
        const body = stringIssueLines(o, true);
        if (body === undefined) return undefined;
        lines.push(
          '  {',
          ...body.map((l) => `  ${l}`),
          '    if (failed !== 1) return undefined;',
          '    if (!aborted) {',
          '      softCount++;',
          '      soft = issue;',
          '    }',
          '  }',
        );
      }
      lines.push(
        '  if (softCount === 1) return soft === undefined ? undefined : [soft];',
        `  return ${union};`,
      );
      return lines;
    }
    return undefined;
  };
  const explainFn = (node) => {
    const known = explainNames.get(node);
    if (known !== undefined) return known;
    const def = node._zod.def;
    const lines = [];
    if (def.type === 'array') {
      const checks = checksOf(def, 'array').map((c) => c('v'));
      lines.push(
        `  if (!Array.isArray(v)${checks.map((c) => ` || !(${c})`).join('')}) {`,
        '    out.push({ path: p });',
        '    return;',
        '  }',
        `  for (let i = 0; i < v.length; i++) if (!(${cond(def.element, 'v[i]')})) ${explainCall(def.element, 'v[i]', '[...p, i]')}`,
      );
    } else {
      const catchall = def.catchall?._zod.def.type;
      lines.push(
        `  if (typeof v !== 'object' || v === null || Array.isArray(v)) {`,
        '    out.push({ path: p });',
        '    return;',
        '  }',
        '  const o = v as Record<string, unknown>;',
      );
      const keys = Object.keys(def.shape);
      keys.forEach((key, i) => {
        const child = def.shape[key];
        const access = /^[A-Za-z_$][\w$]*$/.test(key) ? `o.${key}` : `o[${JSON.stringify(key)}]`;
        const optional = child._zod.def.type === 'optional';
        const inner = optional ? child._zod.def.innerType : child;
        const x = `x${i}`;
        const p = `[...p, ${JSON.stringify(key)}]`;
        lines.push(`  const ${x} = ${access};`);
        if (optional)
          lines.push(
            `  if (${x} !== undefined && !(${cond(inner, x)})) ${explainCall(inner, x, p)}`,
          );
        else
          lines.push(
            `  if (${x} === undefined) out.push({ path: ${p} });`,
            `  else if (!(${cond(inner, x)})) ${explainCall(inner, x, p)}`,
          );
      });
      if (catchall === 'never') {
        const keySet = constant(`new Set<string>(${JSON.stringify(keys)})`, 'k');
        lines.push(
          '  const unknown: string[] = [];',
          `  for (const key in o) if (!${keySet}.has(key)) unknown.push(key);`,
          '  if (unknown.length > 0) out.push({ path: p, keys: unknown });',
        );
      }
    }
    const text = lines.join('\n');
    let id = explainByBody.get(text);
    if (id === undefined) {
      id = `e${explainers.length}`;
      explainers.push(
        `function ${id}(v: unknown, p: (string | number)[], out: FieldFailure[]): void {\n${text}\n}`,
      );
      explainByBody.set(text, id);
    }
    explainNames.set(node, id);
    return id;
  };

  // The outline of the schema as plain data, for the messages and
  // suggestions (which fields an object has, which codes a list allows),
  // so that they need no zod either.
  const treeNames = new Map();
  const treeNode = (node) => {
    let n = node;
    while (n._zod.def.type === 'optional' || n._zod.def.type === 'pipe')
      n = n._zod.def.innerType ?? n._zod.def.in;
    if (treeNames.has(n)) return treeNames.get(n);
    const def = n._zod.def;
    let text = '{}';
    if (def.type === 'object')
      text = `{ fields: { ${Object.keys(def.shape)
        .map((k) => `${JSON.stringify(k)}: ${treeNode(def.shape[k])}`)
        .join(', ')} } }`;
    else if (def.type === 'array') text = `{ element: ${treeNode(def.element)} }`;
    else if (def.type === 'enum') text = `{ codes: ${valuesOf(Object.values(def.entries))} }`;
    const id = text === '{}' ? 'LEAF' : constant(`${text} as const satisfies FieldNode`, 't');
    treeNames.set(n, id);
    return id;
  };

  const top = fn(schema);
  const topExplainer = explainFn(schema);
  const topTree = treeNode(schema);
  const byModule = new Map();
  for (const [id, from] of imports) byModule.set(from, [...(byModule.get(from) ?? []), id]);
  const importLines = [...byModule]
    .map(([from, ids]) => [ids.sort((a, b) => a.localeCompare(b)), from])
    .sort(([, a], [, b]) => a.localeCompare(b))
    .map(([ids, from]) => `import { ${ids.join(', ')} } from '${from}';`);
  const header = [
    `// Generated by scripts/fast-check.mjs from ${name}: do not edit. Run`,
    '// `npm run fast-check` after changing the schema; a test fails when this',
    '// file is stale. True only when zod would accept the value unchanged.',
    unsupported.size === 0
      ? '// Every node of the schema is modelled here.'
      : `// Not modelled (always left to the full parse): ${[...unsupported].join('; ')}.`,
  ];
  return `${[
    ...header,
    ...importLines,
    '',
    '/** The outline of one node of the schema. Internal. */',
    'export interface FieldNode {',
    '  /** The fields of an object. */',
    '  readonly fields?: Readonly<Record<string, FieldNode>>;',
    "  /** The node of an array's elements. */",
    '  readonly element?: FieldNode;',
    '  /** The codes of a code list. */',
    '  readonly codes?: readonly string[];',
    '}',
    'const LEAF: FieldNode = {};',
    '',
    ...constants,
    '',
    ...functions,
    '',
    "/** One of zod's issues for a value, as zod gives it (the fields gcm-kit reads). Internal. */",
    'export interface LeafIssue {',
    '  readonly code: string;',
    '  readonly message: string;',
    '  readonly values?: readonly unknown[];',
    '  readonly path: readonly [];',
    '}',
    '',
    '/** Where a value fails: a value that fails as a whole, or the unknown keys of an object. Internal. */',
    'export interface FieldFailure {',
    '  /** Path of the value, or of the object with unknown keys. */',
    '  readonly path: (string | number)[];',
    '  /** The unknown keys of the object at `path`, in the order zod lists them. */',
    '  readonly keys?: string[];',
    "  /** zod's issues for the value, when they can be said without zod. */",
    '  readonly issues?: readonly LeafIssue[] | undefined;',
    '}',
    '',
    ...issueFunctions,
    '',
    ...explainers,
    '',
    `/** Whether ${name} accepts a JSON value and gives it back unchanged. Internal. */`,
    `export const checkFields: (value: unknown) => boolean = ${top};`,
    `/** Where a JSON value fails (nowhere: empty), in the order of zod's issues. Internal. */`,
    'export function explainFields(value: unknown): FieldFailure[] {',
    '  const out: FieldFailure[] = [];',
    `  ${topExplainer}(value, [], out);`,
    '  return out;',
    '}',
    `/** The outline of ${name}: its objects' fields, arrays' elements and code lists, through optionals. Internal. */`,
    `export const fieldTree: FieldNode = ${topTree};`,
    `/** What the generated checker leaves to the full parse (empty: nothing). Internal. */`,
    `export const notModelled: readonly string[] = ${JSON.stringify([...unsupported])};`,
  ].join('\n')}\n`;
}
