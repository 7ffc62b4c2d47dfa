// The whole worker script: answers createWorkerSummarizer()'s requests. The model is fetched on the
// first request, through a dynamic import() that bundlers put in a chunk of its own.
import { serveSummarizer } from 'precis/worker';

serveSummarizer();
