// TypeDoc plugin (typedoc.json): every export of every entry must show how it is used. An export
// whose comment (or, for a function, its signature's comment) has no @example is a warning, which
// `treatWarningsAsErrors` turns into a failed `npm run docs`.
import { Application, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    for (const entry of project.children ?? []) {
      for (const exported of entry.children ?? []) {
        if (exported.kindOf(ReflectionKind.Reference)) continue; // re-exported: checked where it is declared
        const comments = [exported.comment, ...(exported.signatures ?? []).map((s) => s.comment)];
        if (!comments.some((comment) => comment?.getTag('@example'))) {
          app.logger.warn(`${entry.name}: ${exported.name} (${ReflectionKind.singularString(exported.kind)}) has no @example`);
        }
      }
    }
  });
}
