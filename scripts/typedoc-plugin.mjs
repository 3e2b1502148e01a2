// A typedoc plugin for the docs site (npm run docs, npm run docs:site).
//
// - The home page shows the README, whose first line is the title `# gcm-kit`,
//   under a page title that is already `gcm-kit`: drop the README's own title
//   there, so it shows once.
// - Every export gets a @category from the folder it is written in
//   (src/timeline/ is "Timeline", src/data/ is "Data", …), unless its TSDoc
//   names one: with `categorizeByGroup` and `groupOrder` in typedoc.json, a
//   module page lists its functions first, by topic, then its datasets, then
//   its types. The folders are the architecture (STYLE.md), so no source file
//   has to repeat it.
// - The Consultation interface page shows one whole record, read at build
//   time from the Belarus record file (so it cannot drift from the data),
//   and links to the guide on writing records.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { Converter, MarkdownEvent, PageEvent, ReflectionKind } from 'typedoc';
import { Comment, CommentTag } from 'typedoc/models';

const root = new URL('..', import.meta.url).pathname;

/** The category of each folder of src/ (the first folder under src/ decides). */
const categories = {
  timeline: 'Timeline',
  data: 'Data',
  consultations: 'Consultations',
  schemas: 'Validation',
  labels: 'Labels',
  ics: 'iCalendar',
};

const exampleRecord = 'src/consultations/records/belarus-2017-05-16.json';
const recordsGuideTitle = 'Writing consultation records';
const recordsGuideMarker = 'gcm-kit:records-guide';

/** @param {import('typedoc').Application} app */
export function load(app) {
  /** @type {Map<import('typedoc').Reflection, string>} */
  const folders = new Map();

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    const declaration = context.getSymbolFromReflection(reflection)?.declarations?.[0];
    if (declaration === undefined) return;
    const file = relative(root, declaration.getSourceFile().fileName).split(sep);
    if (file[0] === 'src' && file.length > 2) folders.set(reflection, file[1] ?? '');
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    for (const [reflection, folder] of folders) {
      const category = categories[/** @type {keyof typeof categories} */ (folder)];
      if (category === undefined || !reflection.parent?.kindOf(ReflectionKind.SomeModule)) continue;
      // A function's TSDoc sits on its signature: tag it there.
      const signature = reflection.isDeclaration() ? reflection.signatures?.[0] : undefined;
      const comment = reflection.comment ?? signature?.comment ?? new Comment();
      if (reflection.comment === undefined && signature?.comment === undefined)
        reflection.comment = comment;
      if (comment.getTag('@category')) continue;
      comment.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: category }]));
    }
    for (const consultation of project.getReflectionsByKind(ReflectionKind.Interface)) {
      if (consultation.name !== 'Consultation' || consultation.comment === undefined) continue;
      const record = readFileSync(new URL(`../${exampleRecord}`, import.meta.url), 'utf8').trim();
      consultation.comment.blockTags.push(
        new CommentTag('@example', [
          {
            kind: 'text',
            text: `One whole record: the Belarus national consultation of 16 May 2017, as \`${exampleRecord}\` holds it. [Writing consultation records](${recordsGuideMarker}) says how real consultations are written and checked.\n\n`,
          },
          { kind: 'code', text: `\`\`\`json\n${record}\n\`\`\`` },
        ]),
      );
    }
  });

  app.renderer.on(PageEvent.END, (page) => {
    if (page.contents === undefined || !page.contents.includes(recordsGuideMarker)) return;
    const guide = page.project.documents?.find((d) => d.name === recordsGuideTitle);
    if (guide === undefined)
      throw new Error(`typedoc-plugin: no document titled "${recordsGuideTitle}"`);
    const href = app.renderer.router.relativeUrl(page.model, guide);
    page.contents = page.contents.replaceAll(`href="${recordsGuideMarker}"`, `href="${href}"`);
  });

  app.renderer.on(MarkdownEvent.PARSE, (event) => {
    if (event.page.url !== 'index.html') return;
    const name = app.options.getValue('name');
    event.parsedText = event.parsedText.replace(
      new RegExp(`^\\s*<h1 id="${name}"[^>]*>${name}<a [^>]*>.*?</a></h1>`, 's'),
      '',
    );
  });
}
