export declare function acyclicResponses(spec: object): { spec: any; copied: string[] };
export declare function writeMockSpec(specPath: string): { path: string; copied: string[]; cleanup: () => void };
