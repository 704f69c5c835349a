// import of node:url and url from an ES module.
import { URL as ImportedURL, URLSearchParams, fileURLToPath } from 'node:url';
import url from 'url';
import { performance as perf } from 'node:perf_hooks';
console.log(ImportedURL === URL, url.URL === URL, URLSearchParams === globalThis.URLSearchParams, perf === performance);
console.log(fileURLToPath(import.meta.url).endsWith('url-import.mjs'), new ImportedURL('./x', import.meta.url).pathname.endsWith('/web/x'));
console.log(new ImportedURL('https://h/?a=1').searchParams);
