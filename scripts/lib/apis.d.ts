export declare const root: string;
export interface Api {
  name: string;
  specRoot: string;
  specDir: string;
  outDir: string;
  bundlePath: string;
  port: number;
}
export declare function listApis(): Api[];
export declare function selectApis(names: string[]): Api[];
