export declare function acyclicResponses(spec: object): { spec: any; copied: string[] };
export declare function discriminatorsAsConditions(spec: object): { spec: any; rewritten: number };
export declare function writeMockSpec(specPath: string): { path: string; changed: boolean; cleanup: () => void };
