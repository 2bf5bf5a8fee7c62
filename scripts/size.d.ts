import type { Api } from "./lib/apis.js";
export declare const BUDGET_BYTES: number;
export declare function measure(api: Api): Promise<{ api: string; min: number; gzip: number }>;
