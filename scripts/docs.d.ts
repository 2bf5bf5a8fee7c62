import type { Api } from "./lib/apis.js";
export declare const siteDir: string;
export declare function buildDocs(apis?: Api[], options?: { only?: Api[] }): Promise<{ dir: string; bytes: number }>;
