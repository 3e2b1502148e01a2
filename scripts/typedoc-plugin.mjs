// A typedoc plugin for the docs site (npm run docs): the home page shows the
// README, whose first line is the title `# gcm-kit`, under a page title that is
// already `gcm-kit`. Drop the README's own title there, so it shows once.
import { MarkdownEvent } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(MarkdownEvent.PARSE, (event) => {
    if (event.page.url !== 'index.html') return;
    const name = app.options.getValue('name');
    event.parsedText = event.parsedText.replace(
      new RegExp(`^\\s*<h1 id="${name}"[^>]*>${name}<a [^>]*>.*?</a></h1>`, 's'),
      '',
    );
  });
}
