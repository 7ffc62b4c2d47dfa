import { isolatedNlp, type IsolatedNlp } from './isolated';

let loading: Promise<IsolatedNlp> | undefined;

function interop<T>(module: T | { default: T }): T {
  return (module as { default?: T }).default ?? (module as T);
}

/**
 * The English wink-nlp instance of `precis/lazy` and `precis/worker`, loaded once through dynamic
 * `import()` (bundlers put wink-nlp and the model in chunks of their own). Callers reset it before
 * each text (`nextNlp`), as the synchronous API does.
 */
export function loadIsolatedNlp(): Promise<IsolatedNlp> {
  loading ??= Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')])
    .then(([winkNLP, model]) => isolatedNlp(interop(winkNLP), interop(model)))
    .catch((error: unknown) => {
      loading = undefined; // a failed network fetch may succeed on the next try
      throw error;
    });
  return loading;
}
